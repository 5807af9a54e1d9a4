import type { LoopbackSqs } from '@devportal/test-support/loopback-sqs';
import type { InvocationRecord } from '../runtime/execution-environment.js';
import type { LambdaFunction } from '../runtime/lambda-function.js';
import { sqsEvent } from './sqs-event.js';

/** What draining a queue into a function did. */
export interface QueueDrain {
  readonly invocations: readonly InvocationRecord[];
  /** Messages the function took and did not report as failed. */
  readonly processed: number;
  /** Messages it reported in `batchItemFailures`, or whose invocation failed: back in the queue. */
  readonly returned: number;
  readonly durationMs: number;
}

/** Options of {@link drainQueue}. */
export interface QueueDrainOptions {
  /** Messages per invocation (the event source mapping's `batchSize`). */
  readonly batchSize: number;
  /** Invocations at once (the mapping's maximum concurrency). */
  readonly concurrency: number;
  /** Stops taking batches after this many ms. */
  readonly forMs?: number;
}

/**
 * Lambda's SQS event source mapping, reduced: takes batches from `queueUrl` and invokes `fn` with
 * each, `concurrency` at a time, until the queue is empty (or `forMs` has passed). A message the
 * function names in `batchItemFailures`, or all of a batch whose invocation failed, goes back.
 */
export async function drainQueue(
  fn: LambdaFunction,
  sqs: LoopbackSqs,
  queueUrl: string,
  options: QueueDrainOptions,
): Promise<QueueDrain> {
  const startedAt = performance.now();
  const invocations: InvocationRecord[] = [];
  let processed = 0;
  let returned = 0;
  const poller = async () => {
    for (;;) {
      if (options.forMs !== undefined && performance.now() - startedAt > options.forMs) return;
      const batch = sqs.receive(queueUrl, options.batchSize);
      if (batch.length === 0) return;
      const invocation = await fn.invoke(sqsEvent(batch));
      invocations.push(invocation);
      const failed = failedIdsOf(
        invocation,
        batch.map((message) => message.messageId),
      );
      const back = batch.filter((message) => failed.has(message.messageId));
      sqs.returnToQueue(queueUrl, back);
      processed += batch.length - back.length;
      returned += back.length;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, poller));
  return { invocations, processed, returned, durationMs: performance.now() - startedAt };
}

function failedIdsOf(invocation: InvocationRecord, all: readonly string[]): Set<string> {
  const { outcome } = invocation;
  if (outcome.kind !== 'response') return new Set(all);
  const failures = (outcome.payload as { batchItemFailures?: { itemIdentifier: string }[] } | null)
    ?.batchItemFailures;
  return new Set((failures ?? []).map((failure) => failure.itemIdentifier));
}
