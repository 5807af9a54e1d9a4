import type { LimitChangeSyncReport, LimitChangeSyncRun } from './sync-run.js';

/** How a run ended, as its status sync reports it. */
export type SyncRunOutcome =
  | { readonly status: 'completed'; readonly report: LimitChangeSyncReport }
  | { readonly status: 'failed' };

/** Storage port for the manual status-sync runs of organisations. */
export interface SyncRunRepository {
  /**
   * Stores `run` as the organisation's latest if no other run may block it: none before, or the
   * latest started before `cooldownStart` and is no longer running (reported, or past its
   * deadline at `run.startedAt`). One conditional write decides among concurrent starts.
   * Resolves whether `run` was stored.
   */
  start(run: LimitChangeSyncRun, cooldownStart: string): Promise<boolean>;
  /** The organisation's run `runId`, as stored. */
  get(organisationId: string, runId: string): Promise<LimitChangeSyncRun | undefined>;
  /** The organisation's latest run, as stored. */
  latest(organisationId: string): Promise<LimitChangeSyncRun | undefined>;
  /**
   * Records how run `runId` ended at `finishedAt`, only while it is still `running` and
   * `finishedAt` is before its deadline (a run is reported once, and a run already given up as
   * failed stays so). Resolves whether it was recorded.
   */
  finish(
    organisationId: string,
    runId: string,
    outcome: SyncRunOutcome,
    finishedAt: string,
  ): Promise<boolean>;
}
