import { AttemptDeadline } from './attempt-deadline.js';

/**
 * Runs `work` under a signal that aborts after `timeoutMs` (with a `TimeoutError`, as
 * `AbortSignal.timeout`'s does) or when `callerSignal` aborts, and stops that timer the moment
 * `work` settles. In Lambda a timer still pending after the answer fires in a later invocation
 * (the process is frozen, not ended), which `AbortSignal.timeout` leaves behind for its whole
 * delay. `work` must read whatever response body it needs before it settles: the signal no
 * longer aborts afterwards.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
  callerSignal?: AbortSignal,
): Promise<T> {
  const deadline = new AttemptDeadline(timeoutMs, callerSignal);
  try {
    return await work(deadline.signal);
  } finally {
    deadline.dispose();
  }
}
