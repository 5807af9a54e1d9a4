import { describe, expect, test } from 'vitest';
import { meetsTarget } from '../src/figure-ratio.js';
import { type GostSoakResults, gostSoakSection } from '../src/sections/gost-soak.js';

const results = (cycleFailures: number): GostSoakResults => ({
  measuredAt: '2026-12-07T00:00:00.000Z',
  inversesModQ: { inputs: 1_000_000, failures: 0 },
  inversesModP: { inputs: 1_000_000, failures: 0 },
  keygenSignVerify: { cycles: 20_000, failures: cycleFailures },
});

describe('gostSoakSection', () => {
  test('names each count with its number of inputs and passes only when it is zero', () => {
    // Act
    const clean = gostSoakSection(results(0));
    const failing = gostSoakSection(results(9));

    // Assess
    expect(clean.figures.map((figure) => [figure.name, figure.measure.value])).toEqual([
      ['failures in 1,000,000 inversions mod q', 0],
      ['failures in 1,000,000 inversions mod p', 0],
      ['failures in 20,000 keygen+sign+verify cycles', 0],
    ]);
    const verdicts = (section: typeof clean) =>
      section.figures.map((figure) => figure.target && meetsTarget(figure, figure.target));
    expect(verdicts(clean)).toEqual([true, true, true]);
    expect(verdicts(failing)).toEqual([true, true, false]);
  });
});
