import { describe, expect, test } from 'vitest';
import { figureRatio, meetsTarget } from '../src/figure-ratio.js';
import { type TokenJunkResults, tokenJunkSection } from '../src/sections/token-junk.js';

const timings = (callP50Ms: number) => ({
  callP50Ms,
  callP95Ms: callP50Ms * 2,
  tokenP50Ms: callP50Ms + 5,
  iterations: 180,
});

const results: TokenJunkResults = {
  measuredAt: '2026-12-06T18:00:00.000Z',
  junkConcurrency: 20,
  junkAnswers: { '127.0.0.9': { '401': 20, '429': 400 }, fresh: { '401': 3000 } },
  withoutJunk: timings(10),
  withJunkFromOneAddress: timings(11),
  withJunkFromFreshAddresses: timings(80),
  targetCallP50Ratio: 1.2,
};

describe('tokenJunkSection', () => {
  test('reads every phase against the quiet one, with the target on the call p50 under one address', () => {
    // Act
    const { figures, notes } = tokenJunkSection(results);

    // Assess
    expect(figures.map((figure) => [figure.name, figureRatio(figure)])).toEqual([
      ["partner's call p50, junk from one address", 1.1],
      ["partner's call p95, junk from one address", 1.1],
      ["partner's token p50, junk from one address", 16 / 15],
      ["partner's call p50, junk from fresh addresses", 8],
      ["partner's token p50, junk from fresh addresses", 85 / 15],
    ]);
    expect(
      figures.flatMap((figure) => (figure.target ? [meetsTarget(figure, figure.target)] : [])),
    ).toEqual([true]);
    expect(notes).toEqual([
      'junk from one address (127.0.0.9) was answered 20 × 401, 400 × 429',
      'junk from a fresh address each was answered 3,000 × 401',
    ]);
  });
});
