/** What one run of the status sync did for an organisation, as the portal shows it. */
export interface LimitChangeSyncReport {
  /** Requests whose state was asked of the bank. */
  readonly checked: number;
  /** Requests whose state changed. */
  readonly changed: number;
  /** Requests the bank could not be asked about (the schedule retries them). */
  readonly failed: number;
  /** Requests not yet in a final state afterwards. */
  readonly stillPending: number;
  /** Requests saved at the bank but waiting for a signature in its UI. */
  readonly waitingForSignature: number;
  readonly durationMs: number;
}

/** Where a run is: started and not yet reported, reported, or ended without a report. */
export type SyncRunStatus = 'running' | 'completed' | 'failed';

/** One status-sync run a member asked for, and what came of it. */
export interface LimitChangeSyncRun {
  readonly organisationId: string;
  readonly runId: string;
  readonly status: SyncRunStatus;
  /** The member who asked for it. */
  readonly requestedBy: string;
  readonly startedAt: string;
  /**
   * When a run still `running` is given up as failed: its process may have been killed
   * without a word (a Lambda past its timeout), and the organisation must not wait forever.
   */
  readonly deadlineAt: string;
  readonly finishedAt?: string;
  /** Present once `completed`. */
  readonly report?: LimitChangeSyncReport;
}

/** How runs are paced: one per organisation at a time, and no sooner than the cooldown. */
export interface SyncRunPolicy {
  /** Time after a run's start before the next may start (30 s). */
  readonly cooldownMs: number;
  /** Time after a run's start after which an unreported run counts as failed (5 min). */
  readonly runTimeoutMs: number;
}

/**
 * The pace of manual runs. The timeout outlasts the status-sync function's own timeout (240 s),
 * so a run that is still working is never reported failed.
 */
export const DEFAULT_SYNC_RUN_POLICY: SyncRunPolicy = {
  cooldownMs: 30_000,
  runTimeoutMs: 300_000,
};

/** A new run of `organisationId` asked for by `requestedBy` at `now`. */
export function newSyncRun(
  organisationId: string,
  runId: string,
  requestedBy: string,
  now: Date,
  policy: SyncRunPolicy,
): LimitChangeSyncRun {
  return {
    organisationId,
    runId,
    status: 'running',
    requestedBy,
    startedAt: now.toISOString(),
    deadlineAt: new Date(now.getTime() + policy.runTimeoutMs).toISOString(),
  };
}

/** The run as it stands at `now`: a run past its deadline without a report has failed. */
export function syncRunAt(run: LimitChangeSyncRun, now: Date): LimitChangeSyncRun {
  if (run.status !== 'running' || now.getTime() < Date.parse(run.deadlineAt)) return run;
  return { ...run, status: 'failed', finishedAt: run.deadlineAt };
}

/**
 * How soon after a refusal a run still working past its cooldown is worth asking about again:
 * it may report at any moment, so no later instant is the truthful earliest retry.
 */
export const RUNNING_RETRY_MS = 5_000;

/**
 * The earliest instant after `now` at which a new run of the organisation whose latest run is
 * `latest` may start: the end of its cooldown; while it still runs past that, shortly (it may
 * report at any moment), and at the latest its deadline. `undefined` when one may start now.
 */
export function nextSyncRunAllowedAt(
  latest: LimitChangeSyncRun | undefined,
  now: Date,
  policy: SyncRunPolicy,
): Date | undefined {
  if (!latest) return undefined;
  const cooldownEnd = Date.parse(latest.startedAt) + policy.cooldownMs;
  if (cooldownEnd > now.getTime()) return new Date(cooldownEnd);
  if (syncRunAt(latest, now).status !== 'running') return undefined;
  return new Date(Math.min(now.getTime() + RUNNING_RETRY_MS, Date.parse(latest.deadlineAt)));
}
