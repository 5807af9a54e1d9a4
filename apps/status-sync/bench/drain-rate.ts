/**
 * `pnpm --filter @devportal/status-sync bench:drain`: how fast a backlog of due documents drains
 * through the fanned-out sync, as it runs in AWS: the dispatcher claims the due documents and
 * queues them in batches of ten; N workers take batches off the queue and check them (each a
 * `checkQueuedDocuments` call, as each SQS batch is one Lambda invocation). The queue is an
 * in-memory list standing in for SQS; DynamoDB Local and the bank sandbox are real. Measured with
 * the sandbox as it is and answering in 50 ms, at 1, 4 and 8 parallel workers. Prints a table and
 * writes `bench/drain-rate-results.json`.
 */
import { writeFileSync } from 'node:fs';
import { machineFacts } from '@devportal/bench-report';
import {
  CHECK_TIMEOUT_MS,
  type CheckQueueMessage,
  type ClaimedCheck,
  checkQueuedDocuments,
  dispatchToQueue,
  RunDeadline,
} from '../src/index.js';
import { round, startBenchStack, tableCostPerDocument } from './bench-stack.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,4,8').split(',').map(Number);
const LATENCIES_MS = [0, 50];
// Documents never move on at the sandbox, so every round drains the same backlog again.
const NEVER = 10 ** 12;

const machine = machineFacts();
console.log(`load average at the start: ${machine.loadAverage.join(' / ')}`);
const stack = await startBenchStack({
  transitionDelays: { DELIVERED: NEVER, ACCEPTED: NEVER, IMPLEMENTED: NEVER },
});
const { clock, sandbox, commands } = stack;

/** SQS as the bench needs it: batches in, batches out, and whether the dispatcher is done. */
class MemoryQueue {
  private readonly batches: CheckQueueMessage[][] = [];
  private waiting: (() => void)[] = [];
  private closed = false;
  private sent = 0;

  async send(checks: readonly ClaimedCheck[]): Promise<void> {
    this.batches.push(
      checks.map((check) => ({ messageId: String(this.sent++), body: JSON.stringify(check) })),
    );
    for (const wake of this.waiting.splice(0)) wake();
  }

  close(): void {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** The next batch, waiting for one while the dispatcher still sends; `undefined` once drained. */
  async receive(): Promise<CheckQueueMessage[] | undefined> {
    for (;;) {
      const batch = this.batches.shift();
      if (batch || this.closed) return batch;
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }
}

try {
  const deps = await stack.syncOnNewTable('status-sync-drain-bench');
  const seedingStarted = performance.now();
  await stack.seed(deps, DOCUMENTS);
  const seedingSeconds = round((performance.now() - seedingStarted) / 1000);

  /** Makes the whole backlog due, then drains it with `workers` workers. */
  async function drain(workers: number, latencyMs: number) {
    // Past the longest backoff (an hour) and any claim: every document is due again.
    clock.advance(2 * 60 * 60_000);
    sandbox.setFaults(latencyMs > 0 ? { getLimitChangeState: { errorRate: 0, latencyMs } } : {});
    const queue = new MemoryQueue();
    commands.clear();
    const started = performance.now();
    const dispatching = dispatchToQueue(deps, queue, {
      deadline: new RunDeadline({ marginMs: 0 }),
      limit: DOCUMENTS,
    }).finally(() => queue.close());
    const worker = async () => {
      const tallies = { checked: 0, failed: 0, raced: 0, retried: 0, invocations: 0 };
      for (let batch = await queue.receive(); batch; batch = await queue.receive()) {
        const { report, batchItemFailures } = await checkQueuedDocuments(deps, batch, {
          checkTimeoutMs: CHECK_TIMEOUT_MS,
        });
        tallies.checked += report.checked;
        tallies.failed += report.failed;
        tallies.raced += report.raced;
        tallies.retried += batchItemFailures.length;
        tallies.invocations += 1;
      }
      return tallies;
    };
    const [dispatch, ...perWorker] = await Promise.all([
      dispatching,
      ...Array.from({ length: workers }, worker),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const sum = (field: keyof (typeof perWorker)[number]) =>
      perWorker.reduce((total, tallies) => total + tallies[field], 0);
    const checked = sum('checked');
    return {
      workers,
      bankLatencyMs: latencyMs,
      documents: DOCUMENTS,
      dispatched: dispatch.dispatched,
      dispatchSeconds: round(dispatch.durationMs / 1000),
      checked,
      failed: sum('failed'),
      raced: sum('raced'),
      retried: sum('retried'),
      workerInvocations: sum('invocations'),
      drainSeconds: round(seconds),
      documentsPerMinute: Math.round((checked / seconds) * 60),
      documentsPerMinutePerWorker: Math.round((checked / seconds / workers) * 60),
      ...tableCostPerDocument(commands, checked),
    };
  }

  const runs = [];
  for (const latencyMs of LATENCIES_MS) {
    for (const workers of WORKERS) runs.push(await drain(workers, latencyMs));
  }
  sandbox.setFaults({});

  const results = { measuredAt: new Date().toISOString(), machine, seedingSeconds, runs };
  console.table(
    Object.fromEntries(
      runs.map((run) => [
        `${run.workers} workers, bank +${run.bankLatencyMs} ms`,
        {
          'drain s': run.drainSeconds,
          'documents/min': run.documentsPerMinute,
          'per worker/min': run.documentsPerMinutePerWorker,
          'dispatch s': run.dispatchSeconds,
          'checked / failed / raced': `${run.checked} / ${run.failed} / ${run.raced}`,
          'reads / writes / transactions per document': `${run.tableReadsPerDocument} / ${run.tableWritesPerDocument} / ${run.transactionsPerDocument}`,
        },
      ]),
    ),
  );
  writeFileSync(
    new URL('./drain-rate-results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  await stack.close();
}
