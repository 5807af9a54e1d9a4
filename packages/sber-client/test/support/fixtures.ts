import { randomUUID } from 'node:crypto';
import type { LimitChangeRequest } from '../../src/index.js';

/** A token of the shape SberBusiness ID issues (a UUID and `-1`). */
export function fakeAccessToken(): string {
  return `${randomUUID()}-1`;
}

/** A limit-change request that satisfies the spec, with a fresh `externalId`. */
export function validLimitChange(overrides: Partial<LimitChangeRequest> = {}): LimitChangeRequest {
  return {
    businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
    code: 'NON_RENEW',
    externalId: randomUUID(),
    limit: 2650000,
    ...overrides,
  };
}

/** Backoff short enough for tests, same shape as production's. */
export const fastBackoff = { initialDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 } as const;
