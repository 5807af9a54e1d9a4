import { Agent, fetch as undiciFetch } from 'undici';
import type { FetchFunction } from '../fetch-function.js';
import type { TlsOptions } from './tls-options.js';

/** Sends one attempt: a URL and what a `fetch` init holds, signal included. */
export type SendFunction = (url: string, init: RequestInit) => Promise<Response>;

/** How attempts go out, and how to release the connections kept for them. */
export interface Sender {
  readonly send: SendFunction;
  /** closes the connections of the transport's own dispatcher, if it made one */
  readonly close: () => Promise<void>;
}

/**
 * The undici release this package depends on rather than the one Node bundles (6.x on Node 20,
 * measurably slower), so that plain and mutual-TLS calls behave alike. With TLS options it gets
 * a dispatcher of its own that presents the client certificate.
 */
export function undiciSender(tls: TlsOptions | undefined): Sender {
  const dispatcher = tls ? tlsAgent(tls) : undefined;
  const send = dispatcher
    ? (url: string, init: RequestInit) =>
        undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>
    : (undiciFetch as unknown as SendFunction);
  return { send, close: async () => dispatcher?.close() };
}

/** Attempts through a `fetch` of the caller's (a proxy, a tracer, a test double). */
export function customFetchSender(fetch: FetchFunction): Sender {
  return {
    send: (url, init) => fetch(new Request(url, init), { signal: init.signal ?? null }),
    close: async () => undefined,
  };
}

function tlsAgent(tls: TlsOptions): Agent {
  const { ca, cert, key, pfx, passphrase } = tls;
  return new Agent({
    connect: {
      ...(ca === undefined ? {} : { ca: Array.isArray(ca) ? [...ca] : (ca as string | Buffer) }),
      ...(cert === undefined ? {} : { cert, key }),
      ...(pfx === undefined ? {} : { pfx }),
      ...(passphrase === undefined ? {} : { passphrase }),
    },
  });
}
