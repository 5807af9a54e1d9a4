import { SberApiError } from '../errors/api-errors.js';
import { SberConnectionError } from '../errors/transport-errors.js';

/** How a client waits between attempts. */
export interface RetryPolicy {
  /** retries after the first attempt (so `maxRetries + 1` attempts at most) */
  readonly maxRetries: number;
  /** the first backoff delay; it doubles on each retry */
  readonly initialDelayMs: number;
  /** the cap of the backoff delay */
  readonly maxDelayMs: number;
  /** a `Retry-After` longer than this is not waited for: the failure is returned at once */
  readonly maxRetryAfterMs: number;
}

/** Statuses worth another attempt: the bank's 500/503, throttling, and gateways' transient 502/504. */
const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** Whether a response with this status may succeed when sent again. */
export function isRetryableStatus(status: number): boolean {
  return retryableStatuses.has(status);
}

/** `Retry-After` (seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (0 for the first retry): what the bank asked for in
 * `Retry-After`, else `min(initial·2^retry, max)` with jitter in its upper half so that clients
 * that failed together do not come back together. Undefined means "do not retry".
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined) {
    return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
  }
  const ceiling = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** What a failed attempt says about trying again. */
export interface RetryVerdict {
  readonly retryAfterMs: number | undefined;
}

/** Whether a thrown error of this client is transient; network failures and timeouts are. */
export function retryVerdictForError(error: unknown): RetryVerdict | undefined {
  if (error instanceof SberConnectionError) return { retryAfterMs: undefined };
  if (error instanceof SberApiError && isRetryableStatus(error.status)) {
    return { retryAfterMs: error.retryAfterMs };
  }
  return undefined;
}
