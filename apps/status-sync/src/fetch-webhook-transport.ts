import type { WebhookRequest, WebhookTransport } from '@devportal/portal-domain';

/** How long a receiver may take to answer a delivery. */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * {@link WebhookTransport} on the platform's `fetch`. Redirects are not followed (a
 * 3xx counts as a failure: the signed request must reach the registered URL), and
 * the answer's body is discarded unread.
 */
export function fetchWebhookTransport(timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookTransport {
  return {
    async post(request: WebhookRequest) {
      const response = await fetch(request.url, {
        method: 'POST',
        headers: { 'user-agent': 'devportal-webhooks/1', ...request.headers },
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return { status: response.status };
    },
  };
}
