import { randomUUID } from 'node:crypto';
import type { LimitChangeRequest } from '@devportal/sber-client';

/** A limit-change request on `businessCardId` (a card of the sandbox), with a fresh `externalId`. */
export function limitChangeOn(
  businessCardId: string,
  change: Partial<LimitChangeRequest> = {},
): LimitChangeRequest {
  return { businessCardId, code: 'NON_RENEW', externalId: randomUUID(), limit: 2650000, ...change };
}

/** Backoff short enough for tests, same shape as production's. */
export const fastBackoff = { initialDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 } as const;
