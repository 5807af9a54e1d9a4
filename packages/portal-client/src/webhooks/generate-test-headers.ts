import type { SignedWebhookHeaders } from './webhook-headers.js';
import { signWebhook } from './webhook-signature.js';

/** What {@link generateTestHeaders} may be told; anything left out is made up. */
export interface TestHeadersOptions {
  /** The event's id (a fresh `msg_<uuid>` by default). */
  readonly id?: string;
  /** When the delivery was signed, in unix seconds (now by default). */
  readonly timestamp?: number;
}

/**
 * Headers signing `payload` under `secret` as a real delivery would be signed, for a receiver's
 * tests: send `payload` with them to your handler, or pass them to `constructEvent`. An old
 * `timestamp` tests the replay check.
 *
 * @example
 * ```ts
 * const body = JSON.stringify(event);
 * const headers = await webhooks.generateTestHeaders(body, secret);
 * await fetch(receiverUrl, { method: 'POST', headers, body });
 * ```
 */
export function generateTestHeaders(
  payload: string | Uint8Array,
  secret: string,
  options: TestHeadersOptions = {},
): Promise<SignedWebhookHeaders> {
  return signWebhook(secret, {
    id: options.id ?? `msg_${globalThis.crypto.randomUUID()}`,
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
    body: payload,
  });
}
