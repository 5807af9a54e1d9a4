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

  it('waits Retry-After plus up to a fifth more, unless it is longer than allowed', () => {
    // Act
    const earliest = retryDelayMs(backoff, 0, 2_000, () => 0);
    const middle = retryDelayMs(backoff, 3, 2_000, () => 0.5);
    const latest = retryDelayMs(backoff, 0, 2_000, () => 0.999_999);
    const refused = retryDelayMs(backoff, 0, 120_000, () => 0);

    // Assess
    expect(earliest).toBe(2_000);
    expect(middle).toBe(2_200);
    expect(latest).toBeCloseTo(2_400, 1);
    expect(refused).toBeUndefined();
  });

  it('spreads clients told the same Retry-After over its jitter window', () => {
    // Act
    const delays = Array.from({ length: 1_000 }, () => retryDelayMs(backoff, 0, 1_000) ?? 0);

    // Assess
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...delays)).toBeLessThan(1_200);
    expect(new Set(delays.map((delay) => Math.floor(delay / 20))).size).toBeGreaterThan(8);
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
