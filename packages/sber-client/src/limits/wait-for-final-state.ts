import { abortableDelay, MAX_TIMER_MS } from '@devportal/http-transport';
import type { LimitChangeState } from '../bank-types.js';
import { SberConfigurationError } from '../errors/transport-errors.js';
import { SberWaitTimeoutError } from '../errors/wait-timeout-error.js';
import { isFinalBankStatus } from './bank-document-status.js';

/** How `waitForLimitChange` polls. */
export interface WaitForLimitChangeOptions {
  /** stops waiting at once, between reads or during one: rejects with `SberAbortError` */
  readonly signal?: AbortSignal;
  /** the pause between two reads of the state, in milliseconds (5000) */
  readonly intervalMs?: number;
  /** gives up after this long in all, with `SberWaitTimeoutError` (no limit) */
  readonly timeoutMs?: number;
}

const DEFAULT_INTERVAL_MS = 5_000;

/**
 * Reads the state until its status is final and returns that state. An unknown status counts as
 * in progress, so the wait goes on; errors of a read (after its own retries) end the wait.
 */
export async function waitForFinalState(
  readState: () => Promise<LimitChangeState>,
  options: WaitForLimitChangeOptions,
): Promise<LimitChangeState> {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  checkDuration('intervalMs', intervalMs, 1, MAX_TIMER_MS);
  if (options.timeoutMs !== undefined) {
    checkDuration('timeoutMs', options.timeoutMs, 0, Number.MAX_SAFE_INTEGER);
  }
  const deadline =
    options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
  for (;;) {
    const state = await readState();
    if (isFinalBankStatus(state.bankStatus)) return state;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new SberWaitTimeoutError(options.timeoutMs ?? 0, state, {
        operationId: 'getLimitChangeState',
      });
    }
    // The last pause ends at the deadline, so the last read is made there.
    await abortableDelay(Math.min(intervalMs, left), options.signal);
  }
}

function checkDuration(name: string, value: number, least: number, most: number): void {
  if (!Number.isFinite(value) || value < least || value > most) {
    throw new SberConfigurationError(
      `waitForLimitChange's ${name} must be a number of milliseconds from ${least} to ${most}, got ${value}`,
    );
  }
}
