import type { MachineFacts } from '../machine-facts.js';
import type { Section } from '../section.js';

interface Run {
  readonly p99Ms: number;
  readonly signaturesPerSecond: number;
}

/** `packages/digest/bench/results.json`. */
export interface GostSigningResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly documents: number;
  readonly perCore: {
    readonly signaturesPerSecond: number;
    readonly verificationsPerSecond: number;
  };
  readonly mainThread: Run;
  readonly pool: Run & { readonly size: number };
  readonly targetPoolP99Ms: number;
}

/** GOST signing and verification rates, and the event loop while the worker pool signs. */
export function gostSigningSection(results: GostSigningResults): Section {
  const { perCore, mainThread, pool } = results;
  const documents = `${results.documents} documents`;
  return {
    title: 'Signing and verification rate',
    description: `GOST R 34.10-2012 signatures (CMS, pure JavaScript: Node's OpenSSL has no GOST) of limit-change digests, on one core; then ${documents} signed through \`GostWorkerPool\` against the same documents signed on the main thread, one per turn of the event loop, with the event loop's delay sampled throughout.`,
    figures: [
      {
        name: 'signatures, one core',
        measure: { value: perCore.signaturesPerSecond, unit: 'per second' },
      },
      {
        name: 'verifications, one core',
        measure: { value: perCore.verificationsPerSecond, unit: 'per second' },
      },
      {
        name: `signatures through a pool of ${pool.size}, ${documents}`,
        measure: { value: pool.signaturesPerSecond, unit: 'per second' },
        baseline: {
          name: 'main thread',
          measure: { value: mainThread.signaturesPerSecond, unit: 'per second' },
        },
      },
      {
        name: `event-loop p99 while the pool signs ${documents}`,
        measure: { value: pool.p99Ms, unit: 'ms' },
        baseline: { name: 'main thread signing', measure: { value: mainThread.p99Ms, unit: 'ms' } },
        target: { on: 'value', bound: '<', limit: results.targetPoolP99Ms },
      },
    ],
    notes: [
      "The one-core rates have no baseline in the same run: they are the library's absolute speed on this machine.",
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/digest bench',
  };
}
