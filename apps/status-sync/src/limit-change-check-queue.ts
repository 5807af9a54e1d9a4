/**
 * A document the dispatcher claimed for a check: `version` is the version its claim wrote, so a
 * worker checks it only while nobody else has touched it since (a duplicate delivery of the same
 * message, or a message older than a later claim, finds another version and is dropped).
 */
export interface ClaimedCheck {
  readonly organisationId: string;
  readonly externalId: string;
  readonly version: number;
}

/**
 * Where the dispatcher hands claimed documents to the workers that ask the bank: SQS in AWS
 * (`SqsCheckQueue`), the worker called in process for the local stack and tests
 * (`inProcessCheckQueue`).
 */
export interface LimitChangeCheckQueue {
  /** At most {@link CHECK_BATCH_SIZE} documents; rejects when some could not be queued. */
  send(checks: readonly ClaimedCheck[]): Promise<void>;
}

/** Documents per `send`: SQS's `SendMessageBatch` takes at most ten messages. */
export const CHECK_BATCH_SIZE = 10;
