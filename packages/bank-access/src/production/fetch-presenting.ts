import { mutualTlsFetch } from '@devportal/http-transport/node-agent';
import type { FetchFunction, SberTlsOptions } from '@devportal/sber-client';

/**
 * A `fetch` presenting the client certificate of `tls` (mutual TLS), for SberBusiness ID's token
 * endpoint on the bank's port 9443: the token refresh here, the portal API's code exchange. One
 * connection pool per certificate, kept for the process's life.
 *
 * @example
 * const oauth = new SberOAuthClient({ tokenUrl, clientId, clientSecret, fetch: fetchPresenting(tls) });
 */
export function fetchPresenting(tls: SberTlsOptions): FetchFunction {
  const { fetch } = mutualTlsFetch(tls);
  return async (input) =>
    fetch(input.url, {
      method: input.method,
      headers: input.headers,
      body: input.body ? await input.arrayBuffer() : null,
      signal: input.signal,
    });
}
