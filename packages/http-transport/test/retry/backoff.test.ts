import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from '../../src/index.js';

const backoff = { initialDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

describe('backoff', () => {
  it('doubles the delay on each retry up to the cap, jittered within its upper half', () => {
    // Act
    const lowest = [0, 1, 2, 3, 4, 5].map((retry) =>
      retryDelayMs(backoff, retry, undefined, () => 0),
    );
    const highest = [0, 1, 2, 3, 4, 5].map((retry) =>
      retryDelayMs(backoff, retry, undefined, () => 1),
    );

    // Assess
    expect(highest).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(lowest).toEqual([250, 500, 1000, 2000, 4000, 4000]);
  });

  it('uses Retry-After instead of the backoff, unless it is longer than allowed', () => {
    // Act
    const honoured = retryDelayMs(backoff, 0, 2_000);
    const refused = retryDelayMs(backoff, 0, 120_000);

    // Assess
    expect(honoured).toBe(2_000);
    expect(refused).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    // Prepare
    const now = Date.parse('2026-11-23T10:00:00Z');

    // Act
    const seconds = parseRetryAfter('3', now);
    const date = parseRetryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now);
    const past = parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now);

    // Assess
    expect([seconds, date, past, parseRetryAfter(null), parseRetryAfter('soon')]).toEqual([
      3_000,
      5_000,
      0,
      undefined,
      undefined,
    ]);
  });
});
