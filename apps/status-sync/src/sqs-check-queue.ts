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

const CONTOURS: readonly unknown[] = ['sandbox', 'production'] satisfies ClaimedCheck['contour'][];

/** The claimed check an SQS message carries; throws on a body that is not one. */
export function claimedCheckOf(body: string): ClaimedCheck {
  const value: Record<string, unknown> = Object(JSON.parse(body));
  const text = (field: string) => typeof value[field] === 'string';
  const optionalText = (field: string) => value[field] === undefined || text(field);
  const count = (field: string) => Number.isInteger(value[field]);
  if (
    !['organisationId', 'externalId', 'state', 'nextCheckAt'].every(text) ||
    !['businessCardId', 'applicationId', 'lastCheckedAt'].every(optionalText) ||
    !['version', 'checksInState'].every(count) ||
    !CONTOURS.includes(value.contour)
  ) {
    throw new Error('The message is not a claimed check');
  }
  return value as unknown as ClaimedCheck;
}
