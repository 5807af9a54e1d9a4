import type { DueLimitChange } from '@devportal/portal-domain';

/**
 * A document the dispatcher claimed for a check: what the check needs of it, as the pending
 * index showed it, at the version its claim wrote (and with the claim's lease as its next check).
 * The claim's condition held on the version read, so these fields are the stored ones; the worker
 * reads nothing more and records its check on this version, so a duplicate delivery of the
 * message, or a message older than a later claim, finds another version and is dropped.
 */
export type ClaimedCheck = DueLimitChange;

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
