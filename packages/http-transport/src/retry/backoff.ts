/** How a client waits between attempts. */
export interface Backoff {
  /** the first delay; it doubles on each retry */
  readonly initialDelayMs: number;
  /** the cap of a delay */
  readonly maxDelayMs: number;
  /** a `Retry-After` longer than this is not waited for: the failure is returned at once */
  readonly maxRetryAfterMs: number;
}

/** `min(0.5 s·2^n, 8 s)`, and up to a minute when the server asks for it with `Retry-After`. */
export const defaultBackoff: Backoff = {
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** The share of a `Retry-After` added at random on top of it. */
export const RETRY_AFTER_JITTER = 0.2;

/**
 * The wait before retry number `retry` (0 for the first retry): what the server asked for in
 * `Retry-After` plus up to a fifth more, else `min(initial·2^retry, max)` with jitter in its
 * upper half. Either way clients that failed together do not come back at the same instant, and
 * none comes back before the server asked. Undefined means "do not retry".
 */
export function retryDelayMs(
  backoff: Backoff,
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > backoff.maxRetryAfterMs) return undefined;
    return retryAfterMs + random() * retryAfterMs * RETRY_AFTER_JITTER;
  }
  const ceiling = Math.min(backoff.initialDelayMs * 2 ** retry, backoff.maxDelayMs);
  return ceiling / 2 + random() * (ceiling / 2);
}
