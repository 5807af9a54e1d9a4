/**
 * `pnpm bench`: status syncs of 1,000 and then 10,000 pending requests against the sandbox and
 * DynamoDB Local, each as a ratio against bare `getLimitChangeState` calls at the same concurrency
 * measured just before it, with the table reads and writes per document, and how the cost grows
 * from one size to the next. Prints a table and writes `bench/results.json`.
 */
import { writeFileSync } from 'node:fs';
import { machineFacts } from '@devportal/bench-report';
import pLimit from 'p-limit';
import { runStatusSync } from '../src/index.js';
import { round, startBenchStack } from './bench-stack.js';

/** Each size gets a table of its own, so the pending index holds exactly that many documents. */
const SIZES = (process.env.BENCH_DOCUMENTS ?? '1000,10000').split(',').map(Number);
const CONCURRENCY = 16;

const machine = machineFacts();
const stack = await startBenchStack();
const { clock, client, commands } = stack;
try {
  /** Seeds `documents` pending requests in a table of their own, then syncs them. */
  async function measure(documents: number) {
    const deps = await stack.syncOnNewTable(`status-sync-bench-${documents}`);
    const seedingStarted = performance.now();
    const externalIds = await stack.seed(deps, documents);
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;
    clock.advance(2 * 60_000);

    // Baseline: the same state calls, bare, at the same concurrency, just before the sync.
    const bare = pLimit(CONCURRENCY);
    const bareStarted = performance.now();
    await Promise.all(externalIds.map((id) => bare(() => client.getLimitChangeState(id))));
    const bareSeconds = (performance.now() - bareStarted) / 1000;

    commands.clear();
    const report = await runStatusSync(deps, {
      limit: documents,
      concurrency: CONCURRENCY,
      maxDurationMs: 3_600_000,
    });

    const count = (...names: string[]) =>
      names.reduce((n, name) => n + (commands.get(name) ?? 0), 0);
    const syncSeconds = report.durationMs / 1000;
    return {
      documents,
      seedingSeconds: round(seedingSeconds),
      bareStateCallsPerSecond: round(documents / bareSeconds),
      syncDocumentsPerSecond: round(report.checked / syncSeconds),
      syncToBareRatio: round(report.checked / syncSeconds / (documents / bareSeconds)),
      syncMsPerDocument: round((syncSeconds * 1000) / report.checked),
      tableReadsPerDocument: round(
        count('GetItemCommand', 'QueryCommand', 'BatchGetItemCommand') / report.checked,
      ),
      tableWritesPerDocument: round(
        count('TransactWriteItemsCommand', 'PutItemCommand', 'UpdateItemCommand') / report.checked,
      ),
      scans: count('ScanCommand'),
      commands: Object.fromEntries(commands),
      report: { ...report, failures: report.failures.length },
    };
  }

  const sizes = [];
  for (const documents of SIZES) sizes.push(await measure(documents));

  const smallest = sizes[0];
  const largest = sizes.at(-1);
  // Linear growth keeps every per-document figure at 1: the cost of a document does not depend on
  // how many others are pending.
  const growth =
    smallest && largest && smallest !== largest
      ? {
          from: smallest.documents,
          to: largest.documents,
          documentsRatio: round(largest.documents / smallest.documents),
          syncMsPerDocumentRatio: round(largest.syncMsPerDocument / smallest.syncMsPerDocument),
          syncToBareRatioRatio: round(largest.syncToBareRatio / smallest.syncToBareRatio),
          tableReadsPerDocumentRatio: round(
            largest.tableReadsPerDocument / smallest.tableReadsPerDocument,
          ),
          tableWritesPerDocumentRatio: round(
            largest.tableWritesPerDocument / smallest.tableWritesPerDocument,
          ),
        }
      : undefined;
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    concurrency: CONCURRENCY,
    sizes,
    growth,
  };
  console.table(
    Object.fromEntries(
      sizes.map((size) => [
        `${size.documents} documents`,
        {
          'bare calls/s': size.bareStateCallsPerSecond,
          'sync documents/s': size.syncDocumentsPerSecond,
          'sync / bare': size.syncToBareRatio,
          'ms per document': size.syncMsPerDocument,
          'reads per document': size.tableReadsPerDocument,
          'writes per document': size.tableWritesPerDocument,
          'checked / changed': `${size.report.checked} / ${size.report.changed}`,
        },
      ]),
    ),
  );
  if (growth) console.log('growth', growth);
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  await stack.close();
}
