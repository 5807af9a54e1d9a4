import type { LimitChangeState } from '../bank-types.js';
import { SberError, type SberErrorContext } from './sber-error.js';

/** `waitForLimitChange` gave up: the document did not reach a final status within `timeoutMs`. */
export class SberWaitTimeoutError extends SberError {
  override readonly name: string = 'SberWaitTimeoutError';
  readonly timeoutMs: number;
  /** the state read last, not final (`CREATED` waits for a signature in the bank's UI) */
  readonly lastState: LimitChangeState;

  constructor(timeoutMs: number, lastState: LimitChangeState, context: SberErrorContext) {
    super(
      `the limit change was not final within ${timeoutMs} ms (last status: ${lastState.bankStatus ?? 'none'})`,
      context,
    );
    this.timeoutMs = timeoutMs;
    this.lastState = lastState;
  }
}
