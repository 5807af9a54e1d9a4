/**
 * `pnpm --filter @devportal/status-sync bench`: status syncs of 1,000 and then 10,000 pending
 * requests against the sandbox and DynamoDB Local at 16 concurrent checks, each read against bare
 * `getLimitChangeState` calls for the same documents at the same concurrency measured just before
 * it, twice: with the sandbox as it is and answering in 50 ms (a fast bank). The documents never
 * move on at the sandbox, so every check is the common case, one that finds no change. Prints
 * documents/s, bare calls/s, their ratio (target ≥ 0.8 with the 50 ms bank), the table reads, writes and transactions
 * per document and the load average at the start; writes `bench/results.json`.
 *
 * `BENCH_DOCUMENTS=200` (comma-separated sizes) and `BENCH_BANK_LATENCIES_MS=0,50` shrink a run.
 */
import { writeFileSync } from 'node:fs';
import { machineFacts } from '@devportal/bench-report';
import pLimit from 'p-limit';
import { runStatusSync } from '../src/index.js';
import { round, startBenchStack, tableCostPerDocument } from './bench-stack.js';

/** Each size gets a table of its own, so the pending index holds exactly that many documents. */
const SIZES = (process.env.BENCH_DOCUMENTS ?? '1000,10000').split(',').map(Number);
const BANK_LATENCIES_MS = (process.env.BENCH_BANK_LATENCIES_MS ?? '0,50').split(',').map(Number);
const CONCURRENCY = 16;
/**
 * The sync's rate over bare state calls it must reach at every size with the bank answering in
 * 50 ms; against the sandbox as it is (under a millisecond) DynamoDB Local's serialised writes set
 * the pace, and the ratio is reported without a target.
 */
const TARGET_RATIO = 0.8;
// Documents never move on at the sandbox: every check finds no change.
const NEVER = 10 ** 12;
const HOUR = 60 * 60_000;

const machine = machineFacts();
console.log(`load average at the start: ${machine.loadAverage.join(' / ')}`);
const stack = await startBenchStack({
  transitionDelays: { DELIVERED: NEVER, ACCEPTED: NEVER, IMPLEMENTED: NEVER },
});
const { clock, client, commands, sandbox } = stack;
try {
  /** Seeds `documents` pending requests in a table of their own, then syncs them at each latency. */
  async function measure(documents: number) {
    const deps = await stack.syncOnNewTable(`status-sync-bench-${documents}`);
    const seedingStarted = performance.now();
    const externalIds = await stack.seed(deps, documents);
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;

    const runs = [];
    for (const bankLatencyMs of BANK_LATENCIES_MS) {
      // Past the longest backoff (an hour) and any claim: every document is due again.
      clock.advance(2 * HOUR);
      sandbox.setFaults(
        bankLatencyMs > 0
          ? { getLimitChangeState: { errorRate: 0, latencyMs: bankLatencyMs } }
          : {},
      );

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
      runs.push({
        bankLatencyMs,
        bareStateCallsPerSecond: round(documents / bareSeconds),
        syncDocumentsPerSecond: round(report.checked / syncSeconds),
        syncToBareRatio: round(report.checked / syncSeconds / (documents / bareSeconds)),
        syncMsPerDocument: round((syncSeconds * 1000) / report.checked),
        ...tableCostPerDocument(commands, report.checked),
        scans: count('ScanCommand'),
        commands: Object.fromEntries(commands),
        report: { ...report, failures: report.failures.length },
      });
    }
    sandbox.setFaults({});
    return { documents, seedingSeconds: round(seedingSeconds), runs };
  }

  const sizes = [];
  for (const documents of SIZES) sizes.push(await measure(documents));

  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    concurrency: CONCURRENCY,
    targetRatio: TARGET_RATIO,
    sizes,
  };
  console.table(
    sizes.flatMap((size) =>
      size.runs.map((run) => ({
        documents: size.documents,
        'bank +ms': run.bankLatencyMs,
        'bare calls/s': run.bareStateCallsPerSecond,
        'sync documents/s': run.syncDocumentsPerSecond,
        'sync / bare': run.syncToBareRatio,
        [`≥ ${TARGET_RATIO} (fast bank)`]:
          run.bankLatencyMs === 0 ? '—' : run.syncToBareRatio >= TARGET_RATIO ? 'met' : 'MISSED',
        'ms per document': run.syncMsPerDocument,
        'reads / document': run.tableReadsPerDocument,
        'writes / document': run.tableWritesPerDocument,
        'transactions / document': run.transactionsPerDocument,
        'checked / changed': `${run.report.checked} / ${run.report.changed}`,
      })),
    ),
  );
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  await stack.close();
}
