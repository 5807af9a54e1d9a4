import type { Clock, LimitChangeSyncReport, SyncRunRepository } from '@devportal/portal-domain';
import type { StatusSyncReport } from './status-sync-report.js';

/** A run a member asked for through the portal API, recorded there before the sync was invoked. */
export interface RequestedSyncRun {
  readonly organisationId: string;
  readonly runId: string;
  /** When the record gives the run up as failed (absent in events sent before it was passed). */
  readonly deadlineAt?: string;
}

/**
 * Carries out `requested` with `run` and writes how it ended into its record, where the member
 * reads it: `completed` with the report, or `failed` when the run threw (the error is rethrown).
 * The write is conditioned on the run still running before its deadline, so a run is reported
 * once and one given up as failed stays so; the report is returned either way.
 *
 * @example
 * const report = await recordSyncRun(syncRuns, clock, { organisationId, runId }, () =>
 *   runStatusSync(deps, { organisationId }),
 * );
 */
export async function recordSyncRun(
  syncRuns: SyncRunRepository,
  clock: Clock,
  requested: RequestedSyncRun,
  run: () => Promise<StatusSyncReport>,
): Promise<StatusSyncReport> {
  const { organisationId, runId } = requested;
  let report: StatusSyncReport;
  try {
    report = await run();
  } catch (error) {
    await syncRuns.finish(organisationId, runId, { status: 'failed' }, clock.now().toISOString());
    throw error;
  }
  await syncRuns.finish(
    organisationId,
    runId,
    { status: 'completed', report: memberReportOf(report) },
    clock.now().toISOString(),
  );
  return report;
}

/** What members see of a run's report: the tallies of their organisation's requests. */
function memberReportOf(report: StatusSyncReport): LimitChangeSyncReport {
  const { checked, changed, failed, stillPending, waitingForSignature, durationMs } = report;
  return { checked, changed, failed, stillPending, waitingForSignature, durationMs };
}

/** The run a status-sync event names, when it names one (a member's request through the portal). */
export function requestedSyncRunOf(event: unknown): RequestedSyncRun | undefined {
  const { organisationId, runId, deadlineAt } = (event ?? {}) as Record<string, unknown>;
  if (typeof organisationId !== 'string' || typeof runId !== 'string') return undefined;
  return { organisationId, runId, ...(typeof deadlineAt === 'string' && { deadlineAt }) };
}

/**
 * The time left before `requested`'s deadline, read as Lambda's remaining time is: a run stops
 * starting checks it could not report before its record gives it up. `undefined` without one.
 */
export function timeLeftOfRun(
  requested: RequestedSyncRun,
  clock: Clock,
): (() => number) | undefined {
  const { deadlineAt } = requested;
  if (deadlineAt === undefined) return undefined;
  return () => Date.parse(deadlineAt) - clock.now().getTime();
}
