import { PortalConfigurationError } from '../errors/transport-errors.js';
import { base64Of } from './base64.js';
import {
  type SignedWebhookHeaders,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from './webhook-headers.js';
import { webhookSigningKey } from './webhook-secret.js';

/** One attempt of a delivery, as it is signed. */
export interface WebhookAttempt {
  /** The event's id, the same on every attempt. */
  readonly id: string;
  /** When the attempt is sent, in unix seconds. */
  readonly timestamp: number;
  /** The raw body, exactly as sent. */
  readonly body: string | Uint8Array;
}

/**
 * The Standard Webhooks headers of `attempt` under `secret`: the signature covers the id and the
 * timestamp too, so a captured delivery can neither be replayed later nor pass as another event.
 *
 * @example
 * const headers = await signWebhook(secret, { id: event.id, timestamp: nowSeconds, body });
 */
export async function signWebhook(
  secret: string,
  attempt: WebhookAttempt,
): Promise<SignedWebhookHeaders> {
  const { id, timestamp, body } = attempt;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new PortalConfigurationError('a webhook timestamp is a whole number of unix seconds');
  }
  const signature = await hmacSha256(webhookSigningKey(secret), signedContent(id, timestamp, body));
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
    [WEBHOOK_SIGNATURE_HEADER]: `v1,${base64Of(signature)}`,
  };
}

/** What a signature covers: `<id>.<timestamp>.` followed by the body's own bytes. */
export function signedContent(
  id: string,
  timestamp: number,
  body: string | Uint8Array,
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const content = new Uint8Array(prefix.length + bytes.length);
  content.set(prefix);
  content.set(bytes, prefix.length);
  return content;
}

/** HMAC-SHA256 of `content` under `key`, by WebCrypto (browsers, edge runtimes and Node alike). */
export async function hmacSha256(
  key: Uint8Array<ArrayBuffer>,
  content: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const { subtle } = globalThis.crypto;
  const hmacKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle.sign('HMAC', hmacKey, content));
}
