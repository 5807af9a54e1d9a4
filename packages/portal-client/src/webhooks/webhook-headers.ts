/** The event's id, the same on every retry of a delivery: de-duplicate by it (Standard Webhooks). */
export const WEBHOOK_ID_HEADER = 'webhook-id';
/** When the attempt was signed, in unix seconds (Standard Webhooks). */
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
/** Space-separated `v1,<base64 HMAC-SHA256>` signatures of the attempt (Standard Webhooks). */
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';

/** The three headers that sign a delivery, as a sender sets them. */
export type SignedWebhookHeaders = {
  readonly [WEBHOOK_ID_HEADER]: string;
  readonly [WEBHOOK_TIMESTAMP_HEADER]: string;
  readonly [WEBHOOK_SIGNATURE_HEADER]: string;
};

/**
 * A received request's headers: a fetch `Headers` (a `Request`'s, in edge and browser runtimes) or a
 * plain record such as Node's `IncomingMessage.headers`, whose names may have any case.
 */
export type ReceivedHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The value of header `name` in `headers`, whatever the case of its name there. */
export function headerValue(headers: ReceivedHeaders, name: string): string | undefined {
  if (isFetchHeaders(headers)) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  // A header sent twice arrives as a list; its values join as one header's would.
  return typeof value === 'string' ? value : value?.join(' ');
}

function isFetchHeaders(headers: ReceivedHeaders): headers is { get(name: string): string | null } {
  return typeof headers.get === 'function';
}
