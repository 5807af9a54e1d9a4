import { CheckRun, checkStopMarginMs } from './check-run.js';
import { RunDeadline } from './run-deadline.js';
import { claimedCheckOf } from './sqs-check-queue.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport } from './status-sync-report.js';

/** One SQS message of the check queue, as Lambda's SQS event carries it. */
export interface CheckQueueMessage {
  readonly messageId: string;
  readonly body: string;
}

/** What the worker did with a batch: its report, and the messages SQS should deliver again. */
export interface CheckWorkerResult {
  readonly report: StatusSyncReport;
  /** Lambda's partial batch response (`ReportBatchItemFailures`). */
  readonly batchItemFailures: { readonly itemIdentifier: string }[];
}

/** How a worker invocation runs. */
export interface CheckWorkerOptions {
  readonly remainingTimeMs?: () => number;
  readonly checkTimeoutMs: number;
  /** Documents handled at once (all of a batch of ten by default). */
  readonly concurrency?: number;
}

/**
 * The worker: checks the documents of one SQS batch, each only while it is still at the version
 * its dispatcher claimed. A document the store failed under, or not reached before the deadline,
 * is a batch item failure (SQS delivers it again; its claim still holds). An unreadable message is
 * one too, and ends in the dead-letter queue after the queue's receive limit.
 */
export async function checkQueuedDocuments(
  deps: StatusSyncDependencies,
  messages: readonly CheckQueueMessage[],
  options: CheckWorkerOptions,
): Promise<CheckWorkerResult> {
  const run = new CheckRun(deps, {
    deadline: new RunDeadline({
      marginMs: checkStopMarginMs(options.checkTimeoutMs),
      ...(options.remainingTimeMs && { remainingTimeMs: options.remainingTimeMs }),
    }),
    concurrency: options.concurrency ?? 10,
    checkTimeoutMs: options.checkTimeoutMs,
  });
  const unreadable: string[] = [];
  const readable = messages.flatMap((message) => {
    try {
      return [{ messageId: message.messageId, check: claimedCheckOf(message.body) }];
    } catch {
      unreadable.push(message.messageId);
      return [];
    }
  });
  const notDone = new Set(await run.checkDispatched(readable.map(({ check }) => check)));
  const retried = readable.filter(({ check }) => notDone.has(check)).map((m) => m.messageId);
  return {
    report: run.report(true),
    batchItemFailures: [...unreadable, ...retried].map((itemIdentifier) => ({ itemIdentifier })),
  };
}
