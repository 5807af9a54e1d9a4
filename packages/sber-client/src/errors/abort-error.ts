import { SberError, type SberErrorContext } from './sber-error.js';
import { SberAbortError } from './transport-errors.js';

/**
 * The error to surface for a failure of a call whose signal fired: an abort during the wait
 * between attempts rejects with the signal's bare reason, which callers should not see.
 */
export function asAbortError(
  error: unknown,
  signal: AbortSignal | undefined,
  context: SberErrorContext,
): unknown {
  return signal?.aborted && !(error instanceof SberError)
    ? new SberAbortError(context, signal.reason)
    : error;
}
