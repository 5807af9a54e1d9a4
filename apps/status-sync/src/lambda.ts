import { powertools, withPowertools } from '@devportal/bank-access';
import { dependenciesFromEnvironment } from './config.js';
import { oldestPendingAgeSeconds } from './oldest-pending-age.js';
import { runStatusSync } from './status-sync.js';
import type { StatusSyncReport } from './status-sync-report.js';
import { recordSyncMetrics } from './sync-metrics.js';
import { recordSyncRun, requestedSyncRunOf, syncRunsFromEnvironment } from './sync-run-record.js';

/**
 * What invokes the handler: EventBridge Scheduler's event (its payload is ignored:
 * a scheduled run), or a manual trigger naming one organisation and the run the portal API
 * recorded, invoked asynchronously: the run's report is written into that record.
 */
export interface StatusSyncEvent {
  readonly organisationId?: string;
  readonly runId?: string;
  readonly limit?: number;
}

// Metrics' namespace and `service` dimension from POWERTOOLS_METRICS_NAMESPACE and _SERVICE_NAME.
const tools = powertools();
const deps = await dependenciesFromEnvironment(process.env, tools.instrument);
const syncRuns = syncRunsFromEnvironment(process.env, tools.instrument);

/**
 * The Lambda handler: one run, its report logged (Powertools logger; it names documents, never a
 * token) and returned, and its metrics (the sync lag the alarm watches; documents checked,
 * changed, failed) published as it ends. Built once per execution environment.
 */
export const handler = withPowertools(
  tools,
  async (event: StatusSyncEvent | null | undefined): Promise<StatusSyncReport> => {
    const organisationId =
      typeof event?.organisationId === 'string' ? event.organisationId : undefined;
    const limit = typeof event?.limit === 'number' ? event.limit : undefined;
    const run = () =>
      runStatusSync(deps, {
        ...(organisationId !== undefined && { organisationId }),
        ...(limit !== undefined && { limit }),
      });
    const requested = requestedSyncRunOf(event);
    const report = requested
      ? await recordSyncRun(syncRuns, deps.clock, requested, run)
      : await run();
    recordSyncMetrics(tools.metrics, report, await oldestPendingAgeSeconds(deps));
    tools.logger.info('status sync', { ...report });
    return report;
  },
);
