import { describe, expect, it } from 'vitest';
import { parseRateLimit } from '../../src/index.js';

describe('parseRateLimit', () => {
  it('reads the separate RateLimit-Limit, -Remaining and -Reset fields the gateway sends', () => {
    // Act
    const read = parseRateLimit(
      new Headers({ 'ratelimit-limit': '10', 'ratelimit-remaining': '0', 'ratelimit-reset': '3' }),
    );

    // Assess
    expect(read).toEqual({ limit: 10, remaining: 0, resetMs: 3_000, policy: undefined });
  });

  it('reads the combined field, in its limit= form and in its r=/t= form with a policy', () => {
    // Act
    const combined = parseRateLimit(new Headers({ ratelimit: 'limit=100, remaining=4, reset=60' }));
    const structured = parseRateLimit(
      new Headers({ ratelimit: '"default";r=0;t=7', 'ratelimit-policy': '"default";q=50;w=60' }),
    );

    // Assess
    expect(combined).toEqual({ limit: 100, remaining: 4, resetMs: 60_000, policy: undefined });
    expect(structured).toEqual({
      limit: 50,
      remaining: 0,
      resetMs: 7_000,
      policy: '"default";q=50;w=60',
    });
  });

  it('is undefined without RateLimit headers, and ignores values that are not counts', () => {
    // Act
    const none = parseRateLimit(new Headers({ 'retry-after': '1' }));
    const garbled = parseRateLimit(
      new Headers({ 'ratelimit-limit': 'many', 'ratelimit-reset': '-1' }),
    );

    // Assess
    expect(none).toBeUndefined();
    expect(garbled).toBeUndefined();
  });
});
