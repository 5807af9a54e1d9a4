import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256>` of a delivery. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Devportal-Signature';
/** The header carrying the event's id: the same on every retry, for de-duplication. */
export const WEBHOOK_EVENT_ID_HEADER = 'X-Devportal-Event-Id';
/** The header carrying the event's type. */
export const WEBHOOK_EVENT_TYPE_HEADER = 'X-Devportal-Event-Type';

/** How far a receiver should accept a timestamp from its own clock (5 minutes). */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** Prefix of signing secrets, so that one found in a log or a repository is recognisable. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * The {@link WEBHOOK_SIGNATURE_HEADER} value of `body` sent at `timestamp` (unix
 * seconds): the HMAC covers the timestamp too, so a captured delivery cannot be
 * replayed later with a fresh one.
 *
 * @example
 * headers[WEBHOOK_SIGNATURE_HEADER] = webhookSignature(secret, Math.floor(Date.now() / 1000), body);
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/**
 * Whether `header` is a valid signature of `body` under `secret`, made within
 * `toleranceSeconds` of `nowSeconds`: what a receiver runs before trusting a delivery.
 * Compares in constant time; any `v1` entry may match (secrets may be rotated).
 *
 * @example
 * if (!verifyWebhookSignature(secret, request.headers['x-devportal-signature'], rawBody)) reject();
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  if (header === undefined) return false;
  const fields = header.split(',').map((part) => part.trim().split('=', 2));
  const timestamp = Number(fields.find(([name]) => name === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return false;
  }
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  return fields.some(([name, value]) => {
    if (name !== 'v1' || value === undefined || !/^[0-9a-f]{64}$/.test(value)) return false;
    return timingSafeEqual(expected, Buffer.from(value, 'hex'));
  });
}
