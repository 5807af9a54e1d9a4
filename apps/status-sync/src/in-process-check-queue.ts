import type { ClaimedCheck, LimitChangeCheckQueue } from './limit-change-check-queue.js';

/**
 * {@link LimitChangeCheckQueue} that hands each batch straight to `worker` and waits for it: the
 * local stack's and the tests' stand-in for SQS, running the same worker code.
 */
export function inProcessCheckQueue(
  worker: (checks: readonly ClaimedCheck[]) => Promise<unknown>,
): LimitChangeCheckQueue {
  return {
    async send(checks) {
      await worker(checks);
    },
  };
}
