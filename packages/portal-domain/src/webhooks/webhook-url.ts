import { isIP } from 'node:net';

/** Where a deployment lets webhooks point. */
export interface WebhookUrlPolicy {
  /**
   * Accept `http://` to `localhost`, `127.0.0.1` or `[::1]` (the local stack and tests,
   * whose receivers have no certificate). Never set in AWS.
   */
  readonly allowLoopbackHttp?: boolean;
}

const MAX_URL_LENGTH = 2048;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `url` normalised if a webhook may point there, else `undefined`: https with a
 * host name, or (when the policy allows) plain http to the loopback interface. No
 * credentials in the URL, no fragment, and no IP literal outside the loopback
 * exception: a partner's receiver has a name, while a literal address is how a
 * webhook would be aimed at the platform's own network (169.254.169.254 and the like).
 */
export function checkWebhookUrl(url: string, policy: WebhookUrlPolicy = {}): string | undefined {
  if (url.length > MAX_URL_LENGTH || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '' || parsed.hash !== '') return undefined;
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname);
  if (parsed.protocol === 'http:') {
    return policy.allowLoopbackHttp && loopback ? parsed.href : undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const literal = isIP(parsed.hostname.replace(/^\[|\]$/g, '')) !== 0;
  if (literal || parsed.hostname === 'localhost') return undefined;
  return parsed.href;
}
