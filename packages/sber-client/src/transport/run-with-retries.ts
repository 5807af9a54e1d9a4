import { abortableDelay } from './abortable-delay.js';
import { type RetryPolicy, type RetryVerdict, retryDelayMs } from './retry-policy.js';

/** How one attempt ended, as judged for retrying. */
export type Settled<T> = { readonly value: T } | { readonly error: unknown };

/** What the retry loop needs from its caller. */
export interface RetryLoop<T> {
  readonly policy: RetryPolicy;
  readonly signal?: AbortSignal | undefined;
  /** one attempt; `retry` is 0 for the first one */
  readonly attempt: (retry: number) => Promise<T>;
  /** undefined when the outcome is final */
  readonly verdict: (settled: Settled<T>) => RetryVerdict | undefined;
  /** called before waiting, e.g. to release a response that will not be used */
  readonly onRetry?: (settled: Settled<T>) => void;
}

/**
 * Runs attempts until one is final or the retries are spent, then returns its value or throws its
 * error. Waits between attempts per the policy; an abort of `signal` ends the wait at once.
 */
export async function runWithRetries<T>(loop: RetryLoop<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    let settled: Settled<T>;
    try {
      settled = { value: await loop.attempt(retry) };
    } catch (error) {
      settled = { error };
    }
    const verdict = retry < loop.policy.maxRetries ? loop.verdict(settled) : undefined;
    const delay = verdict && retryDelayMs(loop.policy, retry, verdict.retryAfterMs);
    if (delay === undefined) {
      if ('error' in settled) throw settled.error;
      return settled.value;
    }
    loop.onRetry?.(settled);
    await abortableDelay(delay, loop.signal);
  }
}
