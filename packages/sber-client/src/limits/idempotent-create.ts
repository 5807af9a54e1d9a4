import { type Backoff, runWithRetries } from '@devportal/http-transport';
import type { LimitChangeState } from '../bank-types.js';
import { retryVerdictForError } from '../transport/retry-policy.js';
import type { LimitChangeResult } from './limit-change-result.js';

/** The two calls the idempotent create is made of; neither retries on its own. */
export interface IdempotentCreateSteps {
  /** one POST of the document; `retry` numbers the attempt for logs */
  readonly post: (retry: number) => Promise<LimitChangeResult>;
  /** the document's state, or undefined when the bank does not know it (404) */
  readonly findState: (retry: number) => Promise<LimitChangeState | undefined>;
}

/**
 * Creates a limit-change document at most once. A failed POST may still have reached the bank, so
 * before sending it again the state of its `externalId` is read: a known document ends the call
 * as `alreadyCreated` instead of becoming a second one.
 */
export function createIdempotently(
  externalId: string,
  steps: IdempotentCreateSteps,
  retries: { readonly backoff: Backoff; readonly maxRetries: number },
  signal: AbortSignal | undefined,
): Promise<LimitChangeResult> {
  return runWithRetries<LimitChangeResult>({
    ...retries,
    signal,
    attempt: async (retry) => {
      if (retry > 0) {
        const state = await steps.findState(retry);
        if (state) return { outcome: 'alreadyCreated', externalId, state };
      }
      return steps.post(retry);
    },
    verdict: (settled) => ('error' in settled ? retryVerdictForError(settled.error) : undefined),
  });
}
