import { describe, expect, it } from 'vitest';
import { isIdempotentMethod, isTransientFailure } from '../../src/index.js';

describe('retry policy building blocks', () => {
  it('transient failures: lost connections, timeouts, 408, 429 and 5xx but 501', () => {
    // Act
    const statuses = [400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504];
    const transient = statuses.filter((status) => isTransientFailure({ method: 'GET', status }));

    // Assess
    expect(transient).toEqual([408, 429, 500, 502, 503, 504]);
    expect(isTransientFailure({ method: 'GET', failure: 'network' })).toBe(true);
    expect(isTransientFailure({ method: 'GET', failure: 'timeout' })).toBe(true);
  });

  it('idempotent methods per RFC 9110, in any case', () => {
    // Act
    const methods = ['GET', 'head', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'];

    // Assess
    expect(methods.filter(isIdempotentMethod)).toEqual(['GET', 'head', 'OPTIONS', 'PUT', 'DELETE']);
  });
});
