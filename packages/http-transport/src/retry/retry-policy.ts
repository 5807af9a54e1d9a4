/** A failed attempt, as a retry policy sees it. */
export type FailedAttempt =
  /** the server answered with a status other than 2xx (a 401 after a refresh included) */
  | { readonly method: string; readonly status: number }
  /** no full answer arrived: the connection failed or broke, or the attempt timed out */
  | { readonly method: string; readonly failure: 'network' | 'timeout' };

/**
 * Whether a request whose attempt failed so may be sent again. Each client states its own: only
 * it knows which of its operations are safe to repeat.
 */
export type RetryPolicy = (attempt: FailedAttempt) => boolean;

/** Statuses worth another attempt: timeouts, throttling, and servers' or gateways' transient 5xx. */
const transientStatuses = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Whether another attempt may succeed where this one failed: a lost connection, a timeout, 408,
 * 429, 500, 502, 503 or 504. 409 is left out: in the APIs of this project it reports a broken
 * invariant, which a second try does not mend.
 */
export function isTransientFailure(attempt: FailedAttempt): boolean {
  return 'status' in attempt ? transientStatuses.has(attempt.status) : true;
}

const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Whether sending a request twice leaves the server as sending it once does (RFC 9110 §9.2.2). */
export function isIdempotentMethod(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}
