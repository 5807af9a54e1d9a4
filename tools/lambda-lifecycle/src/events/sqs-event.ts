import { createHash, randomUUID } from 'node:crypto';

/** One record of an SQS event as Lambda's event source mapping delivers it. */
export interface SqsRecord {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  readonly attributes: {
    readonly ApproximateReceiveCount: string;
    readonly SentTimestamp: string;
    readonly SenderId: string;
    readonly ApproximateFirstReceiveTimestamp: string;
  };
  readonly messageAttributes: Record<string, never>;
  readonly md5OfBody: string;
  readonly eventSource: 'aws:sqs';
  readonly eventSourceARN: string;
  readonly awsRegion: string;
}

/** A message to deliver: its body, and the id and receive count SQS gave it when known. */
export interface SqsMessage {
  readonly body: string;
  readonly messageId?: string;
  readonly receiveCount?: number;
}

/** An SQS event: `Records[]`, one per message (a body alone is a message received once). */
export function sqsEvent(
  messages: readonly (string | SqsMessage)[],
  queueArn = 'arn:aws:sqs:eu-west-1:111122223333:harness-queue',
): { Records: SqsRecord[] } {
  const now = String(Date.now());
  return {
    Records: messages.map((message) => {
      const {
        body,
        messageId = randomUUID(),
        receiveCount = 1,
      } = typeof message === 'string' ? { body: message } : message;
      return {
        messageId,
        receiptHandle: randomUUID(),
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: now,
          SenderId: 'AROAHARNESS',
          ApproximateFirstReceiveTimestamp: now,
        },
        messageAttributes: {},
        md5OfBody: createHash('md5').update(body).digest('hex'),
        eventSource: 'aws:sqs',
        eventSourceARN: queueArn,
        awsRegion: queueArn.split(':')[3] ?? 'eu-west-1',
      };
    }),
  };
}
