import {
  type FailedAttempt,
  isTransientFailure,
  type RetryPolicy,
  type RetryVerdict,
} from '@devportal/http-transport';
import { SberApiError } from '../errors/api-errors.js';
import { SberConnectionError, SberTimeoutError } from '../errors/transport-errors.js';

/**
 * The bank's rules: every transient failure is retried, whatever the method. Its one operation
 * that is not idempotent, the limit-change POST, goes out with no transport retries and is
 * repeated above the transport only after its state was read (see `createIdempotently`).
 */
export const bankRetryPolicy: RetryPolicy = (attempt: FailedAttempt) => isTransientFailure(attempt);

/** Whether a thrown error of this client is transient: network failures, timeouts, 5xx, 429. */
export function retryVerdictForError(error: unknown): RetryVerdict | undefined {
  const method = 'POST';
  if (error instanceof SberConnectionError) {
    const failure = error instanceof SberTimeoutError ? 'timeout' : 'network';
    return bankRetryPolicy({ method, failure }) ? { retryAfterMs: undefined } : undefined;
  }
  if (error instanceof SberApiError && bankRetryPolicy({ method, status: error.status })) {
    return { retryAfterMs: error.retryAfterMs };
  }
  return undefined;
}
