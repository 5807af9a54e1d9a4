import { abortableDelay } from './abortable-delay.js';
import { type Backoff, retryDelayMs } from './backoff.js';

/** How one attempt ended, as judged for retrying. */
export type Settled<T> = { readonly value: T } | { readonly error: unknown };

/** Why another attempt is worth it, and how long the server asked to wait before it. */
export interface RetryVerdict {
  readonly retryAfterMs: number | undefined;
}

/** What the retry loop needs from its caller. */
export interface RetryLoop<T> {
  readonly backoff: Backoff;
  /** retries after the first attempt (so `maxRetries + 1` attempts at most) */
  readonly maxRetries: number;
  readonly signal?: AbortSignal | undefined;
  /** one attempt; `retry` is 0 for the first one */
  readonly attempt: (retry: number) => Promise<T>;
  /** undefined when the outcome is final */
  readonly verdict: (settled: Settled<T>) => RetryVerdict | undefined;
}

/**
 * Runs attempts until one is final or the retries are spent, then returns its value or throws its
 * error. Waits between attempts per the backoff; an abort of `signal` ends the wait at once,
 * rejecting with the signal's reason.
 */
export async function runWithRetries<T>(loop: RetryLoop<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    let settled: Settled<T>;
    try {
      settled = { value: await loop.attempt(retry) };
    } catch (error) {
      settled = { error };
    }
    const verdict = retry < loop.maxRetries ? loop.verdict(settled) : undefined;
    const delay = verdict && retryDelayMs(loop.backoff, retry, verdict.retryAfterMs);
    if (delay === undefined) {
      if ('error' in settled) throw settled.error;
      return settled.value;
    }
    await abortableDelay(delay, loop.signal);
  }
}
