import { Agent, Request as UndiciRequest, fetch as undiciFetch } from 'undici';
import { SberConfigurationError } from '../errors/transport-errors.js';
import type { FetchFunction } from './retrying-fetch.js';

type Pem = string | Buffer;

/** The client certificate for the bank's mutual TLS (port 9443), and the CA to trust. */
export type SberTlsOptions = {
  /** certificate authorities to trust instead of Node's defaults (e.g. the bank's chain) */
  readonly ca?: Pem | readonly Pem[];
} & (
  | { readonly cert: Pem; readonly key: Pem; readonly passphrase?: string; readonly pfx?: never }
  | {
      readonly pfx: Buffer;
      readonly passphrase?: string;
      readonly cert?: never;
      readonly key?: never;
    }
  | {
      readonly cert?: never;
      readonly key?: never;
      readonly pfx?: never;
      readonly passphrase?: never;
    }
);

/** undici's `fetch`, with the `Request` class it accepts and a way to close its connections. */
export interface UndiciFetch {
  readonly fetch: FetchFunction;
  /** undici's `Request`: its `fetch` does not accept the platform's */
  readonly Request: typeof Request;
  /** closes the connections of the client's own dispatcher, if it made one */
  readonly close: () => Promise<void>;
}

function checkCredentials(tls: SberTlsOptions): void {
  const hasPem = tls.cert !== undefined || tls.key !== undefined;
  if (hasPem && (tls.cert === undefined || tls.key === undefined)) {
    throw new SberConfigurationError('tls: cert and key go together');
  }
  if (hasPem && tls.pfx !== undefined) {
    throw new SberConfigurationError('tls: give either cert and key, or pfx, not both');
  }
}

/**
 * The client's HTTP stack: the undici release this package depends on rather than the one Node
 * bundles (6.x on Node 20, measurably slower), so that plain and mutual-TLS calls behave alike.
 * With TLS options it gets a dispatcher of its own that presents the client certificate.
 */
export function createUndiciFetch(tls: SberTlsOptions | undefined): UndiciFetch {
  const agent = tls ? tlsAgent(tls) : undefined;
  const init = agent ? { dispatcher: agent } : {};
  const fetch = ((input: Request, requestInit?: RequestInit) =>
    undiciFetch(input as unknown as UndiciRequest, {
      ...(requestInit as object),
      ...init,
    })) as unknown as FetchFunction;
  return {
    fetch,
    Request: UndiciRequest as unknown as typeof Request,
    close: async () => agent?.close(),
  };
}

function tlsAgent(tls: SberTlsOptions): Agent {
  checkCredentials(tls);
  const { ca, cert, key, pfx, passphrase } = tls;
  return new Agent({
    connect: {
      ...(ca === undefined ? {} : { ca: Array.isArray(ca) ? [...ca] : (ca as Pem) }),
      ...(cert === undefined ? {} : { cert, key }),
      ...(pfx === undefined ? {} : { pfx }),
      ...(passphrase === undefined ? {} : { passphrase }),
    },
  });
}
