import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ClaimedCheck, LimitChangeCheckQueue } from './limit-change-check-queue.js';

/**
 * {@link LimitChangeCheckQueue} on an SQS queue: one message per document (so the worker can
 * fail documents one by one with `batchItemFailures`), ten to a `SendMessageBatch`. Entries SQS
 * refused are sent once more; what still fails rejects, and those documents wait for their claim
 * to lapse (the next dispatch claims them again).
 */
export class SqsCheckQueue implements LimitChangeCheckQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(checks: readonly ClaimedCheck[]): Promise<void> {
    let pending = checks.map((check, index) => ({
      Id: String(index),
      MessageBody: JSON.stringify(check),
    }));
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const { Failed = [] } = await this.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: pending }),
      );
      const failed = new Set(Failed.map((entry) => entry.Id));
      pending = pending.filter((entry) => failed.has(entry.Id));
    }
    if (pending.length > 0) {
      throw new Error(`SQS refused ${pending.length} of ${checks.length} checks`);
    }
  }
}

/** The claimed check an SQS message carries; throws on a body that is not one. */
export function claimedCheckOf(body: string): ClaimedCheck {
  const value = JSON.parse(body) as Partial<ClaimedCheck>;
  const { organisationId, externalId, version } = value;
  if (
    typeof organisationId !== 'string' ||
    typeof externalId !== 'string' ||
    !Number.isInteger(version)
  ) {
    throw new Error('The message is not a claimed check');
  }
  return { organisationId, externalId, version: version as number };
}
