/** What happened to webhook deliveries in a run. */
export interface WebhookDeliveryReport {
  readonly attempted: number;
  readonly delivered: number;
  /** Failed and rescheduled with backoff. */
  readonly retrying: number;
  /** Failed for the last time. */
  readonly failed: number;
  /** Their webhook was deleted. */
  readonly cancelled: number;
  /** Due but not attempted because the time was up (the next round attempts them). */
  readonly leftUnattempted: number;
  readonly durationMs: number;
}

/** One document the bank gave no state for. */
export interface SyncFailure {
  readonly organisationId: string;
  readonly externalId: string;
  readonly reason: string;
}

/** What a status sync run did. */
export interface StatusSyncReport {
  readonly startedAt: string;
  /** Set for a manual run of one organisation. */
  readonly organisationId?: string;
  /** Documents the bank answered for. */
  readonly checked: number;
  /** State transitions recorded. */
  readonly changed: number;
  /** Of those, transitions to a final state (the document is no longer followed). */
  readonly reachedFinal: number;
  /** Documents the bank gave no state for (errors, unknown documents); they back off. */
  readonly failed: number;
  /** Documents no longer followed because the bank kept saying it does not know them. */
  readonly abandoned: number;
  /** Documents rescheduled unchecked because their contour asked the sync to wait. */
  readonly deferred: number;
  /** Documents a concurrent run had just handled (left to it). */
  readonly raced: number;
  /** Documents still followed and in progress at the bank, the ones left unchecked included. */
  readonly stillPending: number;
  /** Documents listed but not checked because the run's time was up (the schedule checks them). */
  readonly leftUnchecked: number;
  /** Whether the run went through everything it covers (false: stopped by time or `limit`). */
  readonly complete: boolean;
  /** Handled documents saved at the bank as drafts (`CREATED`): checked rarely until signed. */
  readonly waitingForSignature: number;
  readonly durationMs: number;
  /** The first failures, for the log (never a token). */
  readonly failures: readonly SyncFailure[];
}
