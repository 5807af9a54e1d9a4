/**
 * How long after its end a minute is closed: no call can be counted in it any more. A call is
 * counted before its answer, so at most the gateway function's timeout (29 s) after its `at`; the
 * rest is margin for clocks and for the minute item to reach the roll-up's index.
 */
export const USAGE_MINUTE_CLOSES_AFTER_MS = 2 * 60_000;

/** What one roll-up covers and when it stops. */
export interface UsageRollupOptions {
  /** The present: minutes ended {@link USAGE_MINUTE_CLOSES_AFTER_MS} before it are rolled. */
  readonly now: Date;
  /** Asked before each page of minutes: `false` stops the roll-up (the invocation's time is short). */
  readonly allowsStart?: () => boolean;
  /** Minute items read and rolled at once (50). */
  readonly pageSize?: number;
}

/** What a roll-up did. */
export interface UsageRollupReport {
  /** Closed minute items whose counters are now in their hour and day (and no longer pending). */
  readonly minutesRolled: number;
  /** Hour or day additions found made already (by an interrupted or a concurrent roll-up): skipped. */
  readonly alreadyRolled: number;
  /** Whether every closed minute pending at the start was rolled (false: stopped by time). */
  readonly complete: boolean;
  /**
   * How long before `now` the oldest pending minute it found ended, in ms; absent when it found
   * none. The input of an alarm: a minute left unrolled for its two-day retention is lost from
   * its hour and day, and a growing age says the roll-ups are not keeping up.
   */
  readonly oldestPendingMinuteAgeMs?: number;
}

/**
 * Adds closed minutes' usage counters into their hour and day, each minute exactly once however
 * often roll-ups are retried, interrupted or overlap. Reads are exact before, during and after it
 * ({@link UsageRepository}); it only moves the work of counting hours and days off the gateway.
 */
export interface UsageRollup {
  rollUp(options: UsageRollupOptions): Promise<UsageRollupReport>;
}
