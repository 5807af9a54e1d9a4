import { PortalConfigurationError } from '../errors/transport-errors.js';
import type { WebhookEvent } from '../portal-types.js';
import { bytesOfBase64 } from './base64.js';
import {
  headerValue,
  type ReceivedHeaders,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from './webhook-headers.js';
import { webhookSigningKey } from './webhook-secret.js';
import { hmacSha256, signedContent } from './webhook-signature.js';
import { WebhookVerificationError } from './webhook-verification-error.js';

/** How far from the receiver's clock a delivery's timestamp may be (5 minutes). */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** How {@link constructEvent} checks a delivery. */
export interface ConstructEventOptions {
  /** How far from this machine's clock `webhook-timestamp` may be, in seconds (300). */
  readonly toleranceSeconds?: number;
}

/**
 * The event of a webhook delivery, once its Standard Webhooks headers prove it was signed with
 * `secret` for this very body within `toleranceSeconds` of this machine's clock. Any signature in
 * `webhook-signature` may match, under any of the secrets given (pass two while moving to a new
 * webhook); comparisons take constant time. Throws a {@link WebhookVerificationError} (answer
 * 4xx) when the delivery is not to be trusted, a `PortalConfigurationError` when `secret`,
 * `rawBody` or the options cannot work.
 *
 * @param rawBody the body exactly as received, before any JSON parsing
 * @param headers the request's headers (a fetch `Headers` or Node's `request.headers`)
 *
 * @example
 * ```ts
 * const event = await webhooks.constructEvent(rawBody, request.headers, process.env.WEBHOOK_SECRET);
 * if (event.type === 'limit_change.state_changed' && event.data.final) await settle(event.data);
 * ```
 */
export async function constructEvent(
  rawBody: string | Uint8Array,
  headers: ReceivedHeaders,
  secret: string | readonly string[],
  options: ConstructEventOptions = {},
): Promise<WebhookEvent> {
  // Checked at runtime too: an unset environment variable arrives here as undefined.
  const secrets = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [];
  if (secrets.length === 0)
    throw new PortalConfigurationError("constructEvent needs the webhook's secret");
  const keys = secrets.map((each) => webhookSigningKey(each));
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new PortalConfigurationError(
      'constructEvent needs the raw body as received (a string or bytes), not parsed JSON',
    );
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new PortalConfigurationError('toleranceSeconds is a finite number of seconds, 0 or more');
  }
  const id = requiredHeader(headers, WEBHOOK_ID_HEADER);
  const timestamp = timestampOf(requiredHeader(headers, WEBHOOK_TIMESTAMP_HEADER), tolerance);
  const signatures = signaturesOf(requiredHeader(headers, WEBHOOK_SIGNATURE_HEADER));
  const content = signedContent(id, timestamp, rawBody);
  const expected = await Promise.all(keys.map((key) => hmacSha256(key, content)));
  const matches = expected.some((mac) =>
    signatures.some((given) => equalInConstantTime(mac, given)),
  );
  if (!matches) {
    throw new WebhookVerificationError(
      'no_matching_signature',
      'no signature in webhook-signature matches the body under the secret',
    );
  }
  return eventOf(rawBody);
}

function requiredHeader(headers: ReceivedHeaders, name: string): string {
  const value = headerValue(headers, name);
  if (value === undefined || value === '') {
    throw new WebhookVerificationError('missing_header', `the ${name} header is missing`);
  }
  return value;
}

function timestampOf(header: string, toleranceSeconds: number): number {
  if (!/^\d{1,15}$/.test(header)) {
    throw new WebhookVerificationError(
      'invalid_timestamp',
      'webhook-timestamp is not unix seconds',
    );
  }
  const timestamp = Number(header);
  const now = Math.floor(Date.now() / 1000);
  if (now - timestamp > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `webhook-timestamp is more than ${toleranceSeconds} s old`,
    );
  }
  if (timestamp - now > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `webhook-timestamp is more than ${toleranceSeconds} s ahead of this clock`,
    );
  }
  return timestamp;
}

/** The `v1` signatures of the header, decoded; other versions and malformed entries are ignored. */
function signaturesOf(header: string): Uint8Array[] {
  return header.split(' ').flatMap((entry) => {
    const [version, value] = entry.split(',', 2);
    const signature = version === 'v1' && value ? bytesOfBase64(value) : undefined;
    return signature ? [signature] : [];
  });
}

/** Whether `a` and `b` hold the same bytes, in a time that depends on their length only. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function eventOf(rawBody: string | Uint8Array): WebhookEvent {
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'the verified body is not JSON');
  }
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof (event as { type?: unknown }).type !== 'string'
  ) {
    throw new WebhookVerificationError('invalid_payload', 'the verified body is not an event');
  }
  return event as WebhookEvent;
}
