import { describe, expect, it } from 'vitest';
import {
  SberConnectionError,
  SberNotFoundError,
  SberServerError,
  SberTimeoutError,
  SberUnavailableError,
} from '../../src/index.js';
import { bankRetryPolicy, retryVerdictForError } from '../../src/transport/retry-policy.js';

const fault = { code: undefined, referenceId: undefined, bankMessage: undefined };
const where = { method: 'GET', path: '/v1/crypto', checks: [], fieldNames: [] };

describe("the bank's retry rules", () => {
  it('retry timeouts, throttling and transient 5xx of any method, including POST', () => {
    // Act
    const retried = [408, 429, 500, 502, 503, 504].map((status) =>
      bankRetryPolicy({ method: 'POST', status }),
    );
    const lost = ['network', 'timeout'] as const;

    // Assess
    expect(retried.every(Boolean)).toBe(true);
    expect(lost.map((failure) => bankRetryPolicy({ method: 'POST', failure }))).toEqual([
      true,
      true,
    ]);
  });

  it('do not retry answers a second try cannot change', () => {
    // Act
    const retried = [400, 401, 403, 404, 409, 422, 501].map((status) =>
      bankRetryPolicy({ method: 'GET', status }),
    );

    // Assess
    expect(retried.some(Boolean)).toBe(false);
  });

  it('judge the errors the idempotent create sees the same way, keeping Retry-After', () => {
    // Act
    const verdicts = [
      new SberConnectionError('reset'),
      new SberTimeoutError(50, {}),
      new SberServerError({ ...fault, ...where, status: 500 }),
      new SberUnavailableError({ ...fault, ...where, status: 503, retryAfterMs: 1_000 }),
      new SberNotFoundError({ ...fault, ...where, status: 404 }),
      new Error('not the client'),
    ].map(retryVerdictForError);

    // Assess
    expect(verdicts).toEqual([
      { retryAfterMs: undefined },
      { retryAfterMs: undefined },
      { retryAfterMs: undefined },
      { retryAfterMs: 1_000 },
      undefined,
      undefined,
    ]);
  });
});
