import { createHash, randomUUID } from 'node:crypto';
import { type AwsJsonAnswer, awsJsonError } from './aws-json-answer.js';

/** A message waiting in a {@link LoopbackSqs} queue. */
export interface QueuedMessage {
  readonly messageId: string;
  readonly body: string;
  /** How many times it has been handed out (SQS's `ApproximateReceiveCount`). */
  readonly receiveCount: number;
}

interface BatchEntry {
  readonly Id?: string;
  readonly MessageBody?: string;
}

/**
 * SQS's `SendMessage` and `SendMessageBatch` on queues held in memory, for a loopback stand-in
 * speaking the JSON protocol (`X-Amz-Target: AmazonSQS.SendMessageBatch`). What a function sends
 * is taken out with {@link receive} and handed to a worker as Lambda's event source mapping would;
 * messages a worker failed go back with {@link returnToQueue}.
 */
export class LoopbackSqs {
  private readonly queues = new Map<string, QueuedMessage[]>();

  /** Answers `operation` (the target's part after `AmazonSQS.`) with `input`. */
  handle(operation: string, input: Readonly<Record<string, unknown>>): AwsJsonAnswer {
    const queueUrl = String(input.QueueUrl);
    if (operation === 'SendMessage') {
      const sent = this.enqueue(queueUrl, String(input.MessageBody));
      return { status: 200, body: { MessageId: sent.messageId, MD5OfMessageBody: md5(sent.body) } };
    }
    if (operation === 'SendMessageBatch') {
      const entries = (input.Entries ?? []) as BatchEntry[];
      if (entries.length === 0 || entries.length > 10) {
        return awsJsonError(
          'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
          'One to ten entries.',
        );
      }
      const successful = entries.map((entry) => {
        const sent = this.enqueue(queueUrl, String(entry.MessageBody));
        return { Id: entry.Id, MessageId: sent.messageId, MD5OfMessageBody: md5(sent.body) };
      });
      return { status: 200, body: { Successful: successful, Failed: [] } };
    }
    return awsJsonError('UnsupportedOperation', `${operation} is not served here`);
  }

  /** Takes up to `max` messages from the head of `queueUrl`, as one batch of a worker. */
  receive(queueUrl: string, max: number): QueuedMessage[] {
    const queue = this.queues.get(queueUrl) ?? [];
    return queue
      .splice(0, max)
      .map((message) => ({ ...message, receiveCount: message.receiveCount + 1 }));
  }

  /** Puts `messages` back at the end of `queueUrl` (a worker's `batchItemFailures`). */
  returnToQueue(queueUrl: string, messages: readonly QueuedMessage[]): void {
    this.queueOf(queueUrl).push(...messages);
  }

  /** How many messages wait in `queueUrl`. */
  depth(queueUrl: string): number {
    return this.queues.get(queueUrl)?.length ?? 0;
  }

  private enqueue(queueUrl: string, body: string): QueuedMessage {
    const message = { messageId: randomUUID(), body, receiveCount: 0 };
    this.queueOf(queueUrl).push(message);
    return message;
  }

  private queueOf(queueUrl: string): QueuedMessage[] {
    let queue = this.queues.get(queueUrl);
    if (!queue) {
      queue = [];
      this.queues.set(queueUrl, queue);
    }
    return queue;
  }
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}
