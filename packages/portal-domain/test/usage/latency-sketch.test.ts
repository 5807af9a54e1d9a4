import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LATENCY_RELATIVE_ACCURACY,
  LATENCY_SKETCH_MIN_MS,
  latencyQuantile,
  mergedSketches,
  sketchOf,
  summariseUsage,
  tallyOf,
  type UsageBucket,
} from '../../src/index.js';

const QUANTILES = [0, 0.5, 0.95, 0.99, 1];

/** The latency of rank ⌊q · (n − 1)⌋ in ascending order: the quantile the sketch states its bound for. */
function exactQuantile(latencies: readonly number[], quantile: number): number {
  const sorted = [...latencies].sort((first, second) => first - second);
  return sorted[Math.floor(quantile * (sorted.length - 1))] ?? Number.NaN;
}

/** Whether `reported` is within the stated relative accuracy of `exact` (plus float rounding). */
function withinBound(reported: number | undefined, exact: number): boolean {
  if (reported === undefined) return false;
  const bound = Math.max(exact, LATENCY_SKETCH_MIN_MS) * LATENCY_RELATIVE_ACCURACY;
  return Math.abs(reported - exact) <= bound * (1 + 1e-9) + 1e-12;
}

function sketchOfAll(latencies: readonly number[]) {
  return mergedSketches(...latencies.map(sketchOf));
}

/** Latencies as a gateway sees them: sub-millisecond refusals to calls at its 29 s timeout. */
const latency = fc.oneof(
  fc.double({ min: LATENCY_SKETCH_MIN_MS, max: 29_000, noNaN: true }),
  fc.integer({ min: 1, max: 2_000 }),
);

describe('latency sketch', () => {
  it('reports every quantile within its relative accuracy of the exact one', () => {
    fc.assert(
      fc.property(fc.array(latency, { minLength: 1, maxLength: 400 }), (latencies) => {
        const sketch = sketchOfAll(latencies);
        for (const quantile of QUANTILES) {
          expect(
            withinBound(latencyQuantile(sketch, quantile), exactQuantile(latencies, quantile)),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the bound after merging the sketches of several roll-ups and instances', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(latency, { minLength: 0, maxLength: 120 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (parts) => {
          const latencies = parts.flat();
          fc.pre(latencies.length > 0);
          // Each part is a minute of one gateway instance; minutes merge into hours, hours into days.
          const minutes = parts.map(sketchOfAll);
          const hours = [
            mergedSketches(...minutes.slice(0, 3)),
            mergedSketches(...minutes.slice(3)),
          ];
          const day = mergedSketches(...hours);
          for (const quantile of QUANTILES) {
            expect(
              withinBound(latencyQuantile(day, quantile), exactQuantile(latencies, quantile)),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives calls of 14–127 ms a p95 inside that range, not the coarse buckets’ 220 ms', () => {
    const latencies = Array.from({ length: 200 }, (_, index) => 14 + ((index * 37) % 114));
    const buckets: UsageBucket[] = latencies.map((latencyMs) => {
      const tally = tallyOf({
        organisationId: 'org',
        applicationId: 'app',
        productId: 'cards',
        operation: 'getCards',
        status: 200,
        latencyMs,
        at: new Date('2026-11-23T16:05:00Z'),
      });
      return { ...tally, granularity: 'minute', bucket: '2026-11-23T16:05' };
    });

    const summary = summariseUsage(buckets);

    expect(summary.p95Ms).toBeLessThanOrEqual(127 * (1 + LATENCY_RELATIVE_ACCURACY));
    expect(withinBound(summary.p95Ms, exactQuantile(latencies, 0.95))).toBe(true);
  });

  it('reports nothing for no calls, and clamps latencies below its floor to the floor', () => {
    expect(latencyQuantile({}, 0.99)).toBeUndefined();
    const floor = latencyQuantile(sketchOf(0), 0.5) ?? Number.NaN;
    expect(Math.abs(floor - LATENCY_SKETCH_MIN_MS)).toBeLessThanOrEqual(
      LATENCY_SKETCH_MIN_MS * LATENCY_RELATIVE_ACCURACY,
    );
  });
});
