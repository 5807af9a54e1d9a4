import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

interface SizeResults {
  readonly documents: number;
  readonly bareStateCallsPerSecond: number;
  readonly syncDocumentsPerSecond: number;
  readonly syncMsPerDocument: number;
  readonly tableReadsPerDocument: number;
  readonly tableWritesPerDocument: number;
  readonly scans: number;
  readonly report: { readonly checked: number; readonly failures: number };
}

/** `apps/status-sync/bench/results.json`. */
export interface StatusSyncResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly concurrency: number;
  readonly sizes: readonly SizeResults[];
}

const documentsOf = (size: SizeResults) => `${size.documents.toLocaleString('en-GB')} documents`;

function throughputAt(size: SizeResults): Figure {
  return {
    name: `sync, ${documentsOf(size)}`,
    measure: { value: size.syncDocumentsPerSecond, unit: 'per second' },
    baseline: {
      name: 'bare getLimitChangeState calls',
      measure: { value: size.bareStateCallsPerSecond, unit: 'per second' },
    },
  };
}

/** The largest size's per-document cost read against the smallest's: 1.0 is linear growth. */
function growth(smallest: SizeResults, largest: SizeResults): Figure[] {
  const perDocument = (
    name: string,
    pick: (size: SizeResults) => number,
    unit: 'ms' | 'count',
  ) => ({
    name: `${name}, ${documentsOf(largest)}`,
    measure: { value: pick(largest), unit },
    baseline: {
      name: `the same, ${documentsOf(smallest)}`,
      measure: { value: pick(smallest), unit },
    },
  });
  return [
    perDocument('sync wall time per document', (size) => size.syncMsPerDocument, 'ms'),
    perDocument('table reads per document', (size) => size.tableReadsPerDocument, 'count'),
    perDocument('table writes per document', (size) => size.tableWritesPerDocument, 'count'),
  ];
}

/** The sync's throughput at each size against bare state calls, and how its cost grows. */
export function statusSyncSection(results: StatusSyncResults): Section {
  const smallest = results.sizes[0];
  const largest = results.sizes.at(-1);
  const grows = smallest !== undefined && largest !== undefined && smallest !== largest;
  return {
    title: 'Status sync throughput',
    description: `A status sync of ${results.sizes.map((size) => size.documents.toLocaleString('en-GB')).join(' and then ')} pending limit-change requests (each size seeded in a table of its own) against the sandbox and DynamoDB Local, at ${results.concurrency} concurrent documents, read against bare \`getLimitChangeState\` calls for the same documents at the same concurrency, measured just before each sync. Then each per-document cost at the largest size against the smallest: a ratio of 1 means the cost of a document does not grow with the backlog.`,
    figures: [...results.sizes.map(throughputAt), ...(grows ? growth(smallest, largest) : [])],
    notes: [
      `Documents checked: ${results.sizes.map((size) => `${size.report.checked.toLocaleString('en-GB')} (${size.report.failures} failed, ${size.scans} scans)`).join('; ')}.`,
      'DynamoDB Local answers in about 20 ms a write on this machine, far slower than DynamoDB: documents/s is bound by it; reads and writes per document are what carries over to AWS.',
      "The baseline slows as the sandbox fills: before answering, it applies due status changes by walking every document it holds (`LimitChangeDocuments.advance` in apps/bank-sandbox), so a bare call costs more the more documents it holds (at the larger size, both sizes' documents). Read the sync/bare ratio per size, and the sync's own growth in the per-document rows.",
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/status-sync bench',
  };
}
