import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

/** One sync of a size's documents, with the bank answering after `bankLatencyMs` more. */
interface RunResults {
  readonly bankLatencyMs: number;
  readonly bareStateCallsPerSecond: number;
  readonly syncDocumentsPerSecond: number;
  readonly syncMsPerDocument: number;
  readonly tableReadsPerDocument: number;
  readonly tableWritesPerDocument: number;
  readonly transactionsPerDocument: number;
  readonly scans: number;
  readonly report: {
    readonly checked: number;
    readonly changed: number;
    readonly failures: number;
  };
}

interface SizeResults {
  readonly documents: number;
  readonly runs: readonly RunResults[];
}

/** `apps/status-sync/bench/results.json`. */
export interface StatusSyncResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly concurrency: number;
  /** The sync's rate over bare state calls it must reach. */
  readonly targetRatio: number;
  readonly sizes: readonly SizeResults[];
}

const documentsOf = (size: SizeResults) => `${size.documents.toLocaleString('en-GB')} documents`;
const bankOf = (run: RunResults) =>
  run.bankLatencyMs === 0 ? 'sandbox as it is' : `sandbox +${run.bankLatencyMs} ms`;

/**
 * The sync's rate against bare state calls; judged with a fast bank behind both (the sandbox as it
 * is answers in under a millisecond, where DynamoDB Local's serialised writes set the pace).
 */
function throughput(size: SizeResults, run: RunResults, targetRatio: number): Figure {
  return {
    name: `sync, ${documentsOf(size)}, ${bankOf(run)}`,
    measure: { value: run.syncDocumentsPerSecond, unit: 'per second' },
    baseline: {
      name: 'bare getLimitChangeState calls',
      measure: { value: run.bareStateCallsPerSecond, unit: 'per second' },
    },
    ...(run.bankLatencyMs > 0 && { target: { on: 'ratio', bound: '≥', limit: targetRatio } }),
  };
}

/** The table operations a checked document cost: what carries over to DynamoDB. */
function tableCost(size: SizeResults, run: RunResults): Figure[] {
  const at = `${documentsOf(size)}, ${bankOf(run)}`;
  return [
    {
      name: `table reads per document, ${at}`,
      measure: { value: run.tableReadsPerDocument, unit: 'count' },
      target: { on: 'value', bound: '≤', limit: 1 },
    },
    {
      name: `transactions per document (none changed), ${at}`,
      measure: { value: run.transactionsPerDocument, unit: 'count' },
      target: { on: 'value', bound: '≤', limit: 0 },
    },
    {
      name: `table writes per document (claim + check), ${at}`,
      measure: { value: run.tableWritesPerDocument, unit: 'count' },
    },
  ];
}

/** The largest size's per-document cost read against the smallest's: 1.0 is linear growth. */
function growth(smallest: RunResults, largest: RunResults, from: SizeResults, to: SizeResults) {
  return {
    name: `sync wall time per document, ${documentsOf(to)}, ${bankOf(largest)}`,
    measure: { value: largest.syncMsPerDocument, unit: 'ms' as const },
    baseline: {
      name: `the same, ${documentsOf(from)}`,
      measure: { value: smallest.syncMsPerDocument, unit: 'ms' as const },
    },
  };
}

/**
 * The sync's throughput at each size and bank latency against bare state calls, what a document
 * costs the table, and how the per-document time grows from the smallest size to the largest.
 */
export function statusSyncSection(results: StatusSyncResults): Section {
  const from = results.sizes[0];
  const to = results.sizes.at(-1);
  const growthRows =
    from && to && from !== to
      ? from.runs.flatMap((small) => {
          const large = to.runs.find((run) => run.bankLatencyMs === small.bankLatencyMs);
          return large ? [growth(small, large, from, to)] : [];
        })
      : [];
  const runs = results.sizes.flatMap((size) => size.runs.map((run) => ({ size, run })));
  return {
    title: 'Status sync throughput',
    description: `A status sync of ${results.sizes.map((size) => size.documents.toLocaleString('en-GB')).join(' and then ')} pending limit-change requests (each size seeded in a table of its own) against the sandbox and DynamoDB Local, at ${results.concurrency} concurrent checks, read against bare \`getLimitChangeState\` calls for the same documents at the same concurrency measured just before each sync: with the sandbox as it is, and answering 50 ms later (a fast bank). No document moves on at the sandbox, so every check finds no change, the common case. Then the table operations per document, and each size's time per document against the smallest's (1 means a document costs the same however many are pending).`,
    figures: [
      ...runs.map(({ size, run }) => throughput(size, run, results.targetRatio)),
      ...runs.flatMap(({ size, run }) => tableCost(size, run)),
      ...growthRows,
    ],
    notes: [
      `Documents checked: ${runs.map(({ size, run }) => `${run.report.checked.toLocaleString('en-GB')} of ${size.documents.toLocaleString('en-GB')} with ${bankOf(run)} (${run.report.changed} changed, ${run.report.failures} failed, ${run.scans} scans)`).join('; ')}.`,
      'A document costs its share of the pending-index pages (the entries carry what a check needs), the claim (a conditional UpdateItem) and the check (a conditional UpdateItem; a transaction only when the state changes). DynamoDB Local serialises writes at about 20 ms each on this machine: against the sandbox as it is, the table, not the code, sets the pace; the operation counts are what carries over to DynamoDB.',
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/status-sync bench',
  };
}
