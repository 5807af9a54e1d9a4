import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

/** `packages/sber-client/bench/results.json`. */
export interface ClientOverheadResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly latency: {
    readonly pairedCalls: number;
    readonly fetchMedianMs: number;
    readonly undiciFetchMedianMs: number;
    readonly clientMedianMs: number;
    readonly ratio: number;
    readonly ratioToUndiciFetch: number;
    readonly targetRatio: number;
  };
  readonly heap: {
    readonly cards: number;
    readonly peakGrowthBytes: number;
    readonly onePageBytes: number;
  };
}

/** The client's cost over a bare fetch, and the heap its iteration holds. */
export function clientOverheadSection(results: ClientOverheadResults): Section {
  const { latency, heap } = results;
  const clientAgainst = (fetchName: string, fetchMedianMs: number, ratio: number): Figure => ({
    name: 'client call, median',
    measure: { value: latency.clientMedianMs, unit: 'ms' },
    baseline: { name: `${fetchName}, median`, measure: { value: fetchMedianMs, unit: 'ms' } },
    ratio,
  });
  return {
    title: 'Client overhead vs bare fetch',
    description: `\`@devportal/sber-client\`'s \`getBusinessCardPage\` (one page of 50 cards) against a bare \`fetch\` of the same URL on the same loopback server: ${latency.pairedCalls.toLocaleString('en-GB')} pairs, called in alternating order; the ratio is the median of the pairs' ratios (a busy moment slows both calls of a pair), not the ratio of the medians.`,
    figures: [
      {
        ...clientAgainst("bare fetch (Node's global)", latency.fetchMedianMs, latency.ratio),
        target: { on: 'ratio', bound: '≤', limit: latency.targetRatio },
      },
      clientAgainst(
        'bare fetch (undici 7)',
        latency.undiciFetchMedianMs,
        latency.ratioToUndiciFetch,
      ),
      {
        name: `heap growth while iterating ${heap.cards.toLocaleString('en-GB')} cards`,
        measure: { value: heap.peakGrowthBytes, unit: 'bytes' },
        baseline: {
          name: 'heap of one page held',
          measure: { value: heap.onePageBytes, unit: 'bytes' },
        },
        target: { on: 'ratio', bound: '≤', limit: 2, source: "the bench's: two pages at most" },
      },
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/sber-client bench',
  };
}
