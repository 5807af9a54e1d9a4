import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { withDeadline } from '@devportal/http-transport';
import {
  type WebhookRequest,
  type WebhookTransport,
  WebhookTransportFailure,
  type WebhookTransportFailureReason,
} from '@devportal/portal-domain';

/** How long a receiver may take to answer a delivery. */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * {@link WebhookTransport} on `node:http(s)`, connected to the address the dispatcher checked
 * (`request.address`), never to whatever the name resolves to by the time the socket opens: the
 * URL's name still goes in the TLS SNI and the Host header, so the certificate is verified
 * against the name. Redirects are not followed (a 3xx counts as a failure: the signed request
 * must reach the registered URL), the answer's body is discarded unread, and a failure is
 * reported by its public reason only.
 */
export function httpWebhookTransport(timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookTransport {
  return {
    post(request: WebhookRequest) {
      const url = new URL(request.url);
      const tls = url.protocol === 'https:';
      return withDeadline(
        timeoutMs,
        (signal) =>
          new Promise((answered, failed) => {
            const sent: ClientRequest = (tls ? httpsRequest : httpRequest)(
              {
                host: request.address.address,
                family: request.address.family,
                port: url.port === '' ? (tls ? 443 : 80) : Number(url.port),
                path: `${url.pathname}${url.search}`,
                method: 'POST',
                // SNI takes names only; an http loopback receiver has none and needs none.
                ...(tls && isIP(url.hostname) === 0 && { servername: url.hostname }),
                headers: {
                  host: url.host,
                  'user-agent': 'devportal-webhooks/1',
                  'content-length': Buffer.byteLength(request.body),
                  ...request.headers,
                },
                // One connection per delivery: no pooled socket outlives the address it was checked for.
                agent: false,
                signal,
              },
              (response: IncomingMessage) => {
                response.destroy();
                answered({ status: response.statusCode ?? 0 });
              },
            );
            sent.on('error', (error) => failed(new WebhookTransportFailure(reasonOf(error))));
            sent.end(request.body);
          }),
      );
    },
  };
}

/** The public reason of a socket's error (its message names addresses and ports: never shown). */
function reasonOf(error: Error & { code?: string }): WebhookTransportFailureReason {
  if (error.name === 'AbortError' || error.code === 'ABORT_ERR') return 'timeout';
  // OpenSSL's verification codes (UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, …), Node's
  // TLS codes (ERR_TLS_CERT_ALTNAME_INVALID) and handshake failures (ERR_SSL_…, EPROTO).
  if (/CERT|SSL|TLS|EPROTO|^UNABLE_TO_|SIGNATURE/.test(error.code ?? '')) return 'tls_error';
  return 'connection_failed';
}
