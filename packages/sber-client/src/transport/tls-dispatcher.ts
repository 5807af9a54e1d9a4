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

/** A `fetch` that presents a client certificate, with the `Request` class it accepts. */
export interface TlsFetch {
  readonly fetch: FetchFunction;
  /** undici's `Request`: its `fetch` does not accept the platform's */
  readonly Request: typeof Request;
  /** closes the connections of the dispatcher */
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

/** Builds an undici dispatcher with the client certificate and a `fetch` bound to it. */
export function createTlsFetch(tls: SberTlsOptions): TlsFetch {
  checkCredentials(tls);
  const { ca, cert, key, pfx, passphrase } = tls;
  const agent = new Agent({
    connect: {
      ...(ca === undefined ? {} : { ca: Array.isArray(ca) ? [...ca] : (ca as Pem) }),
      ...(cert === undefined ? {} : { cert, key }),
      ...(pfx === undefined ? {} : { pfx }),
      ...(passphrase === undefined ? {} : { passphrase }),
    },
  });
  const fetch = ((input: Request, init?: RequestInit) =>
    undiciFetch(input as unknown as UndiciRequest, {
      ...(init as object),
      dispatcher: agent,
    })) as unknown as FetchFunction;
  return {
    fetch,
    Request: UndiciRequest as unknown as typeof Request,
    close: () => agent.close(),
  };
}
