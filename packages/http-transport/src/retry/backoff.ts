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

/**
 * The wait before retry number `retry` (0 for the first retry): what the server asked for in
 * `Retry-After`, else `min(initial·2^retry, max)` with jitter in its upper half so that clients
 * that failed together do not come back together. Undefined means "do not retry".
 */
export function retryDelayMs(
  backoff: Backoff,
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined) {
    return retryAfterMs <= backoff.maxRetryAfterMs ? retryAfterMs : undefined;
  }
  const ceiling = Math.min(backoff.initialDelayMs * 2 ** retry, backoff.maxDelayMs);
  return ceiling / 2 + random() * (ceiling / 2);
}
