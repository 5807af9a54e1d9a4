import type { FetchFunction } from '../fetch-function.js';

/** Sends one attempt: a URL and what a `fetch` init holds, signal included. */
export type SendFunction = (url: string, init: RequestInit) => Promise<Response>;

/** How attempts go out, and how to release the connections kept for them. */
export interface Sender {
  readonly send: SendFunction;
  /** closes the connections of the transport's own dispatcher, if it made one */
  readonly close: () => Promise<void>;
}

/**
 * Attempts through the platform's `fetch` (Node's, a browser's, an edge runtime's), read when
 * each attempt starts so that a `fetch` installed after the client was made is the one used.
 */
export function platformFetchSender(): Sender {
  return {
    send: (url, init) => globalThis.fetch(url, init),
    close: async () => undefined,
  };
}

/** Attempts through a `fetch` of the caller's (a proxy, a tracer, a test double). */
export function customFetchSender(fetch: FetchFunction): Sender {
  return {
    send: (url, init) => fetch(new Request(url, init), { signal: init.signal ?? null }),
    close: async () => undefined,
  };
}
