import {
  type BankFault,
  SberRateLimitError,
  SberServerError,
  SberUnavailableError,
} from '@devportal/sber-client';
import { describe, expect, it } from 'vitest';
import { bankFailureOf } from '../src/bank-failure.js';

function fault(status: number, overrides: Partial<BankFault> = {}): BankFault {
  return {
    status,
    code: undefined,
    referenceId: undefined,
    bankMessage: undefined,
    checks: [],
    fieldNames: [],
    method: 'GET',
    path: '/v1/business-cards/limits/{externalId}/state',
    ...overrides,
  };
}

describe('bankFailureOf', () => {
  it('names the bank’s status and cause code of a failure', () => {
    // Act
    const failure = bankFailureOf(new SberServerError(fault(500, { code: 'UNKNOWN_EXCEPTION' })));

    // Assess
    expect(failure).toEqual({ kind: 'failed', reason: 'HTTP 500 UNKNOWN_EXCEPTION' });
  });

  it('waits as asked on a 429 (the gateway’s spent plan) and on a 503 with Retry-After', () => {
    // Act
    const limited = bankFailureOf(new SberRateLimitError(fault(429, { retryAfterMs: 30_000 })));
    const unavailable = bankFailureOf(
      new SberUnavailableError(fault(503, { retryAfterMs: 5_000 })),
    );

    // Assess
    expect([limited, unavailable]).toEqual([
      { kind: 'throttled', retryAfterMs: 30_000 },
      { kind: 'throttled', retryAfterMs: 5_000 },
    ]);
  });
});
