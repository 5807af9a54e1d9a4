import { Metrics } from '@aws-lambda-powertools/metrics';
import { dependenciesFromEnvironment } from './config.js';
import { oldestPendingAgeSeconds } from './oldest-pending-age.js';
import { runStatusSync } from './status-sync.js';
import type { StatusSyncReport } from './status-sync-report.js';
import { recordSyncMetrics } from './sync-metrics.js';

/**
 * What invokes the handler: EventBridge Scheduler's event (its payload is ignored:
 * a scheduled run), or a manual trigger naming one organisation, which the portal API awaits:
 * that run starts no check after `MANUAL_RUN_MAX_DURATION_MS` (20 s) and reports what it left.
 */
export interface StatusSyncEvent {
  readonly organisationId?: string;
  readonly limit?: number;
}

// Namespace and the `service` dimension from POWERTOOLS_METRICS_NAMESPACE and _SERVICE_NAME.
const metrics = new Metrics();
const deps = await dependenciesFromEnvironment(process.env);

/**
 * The Lambda handler: one run, its report logged as one JSON line and returned, and its metrics
 * (the sync lag the alarm watches; documents checked, changed, failed) published as it ends.
 * Built once per execution environment.
 */
export async function handler(
  event: StatusSyncEvent | null | undefined,
): Promise<StatusSyncReport> {
  const organisationId =
    typeof event?.organisationId === 'string' ? event.organisationId : undefined;
  const limit = typeof event?.limit === 'number' ? event.limit : undefined;
  try {
    const report = await runStatusSync(deps, {
      ...(organisationId !== undefined && { organisationId }),
      ...(limit !== undefined && { limit }),
    });
    recordSyncMetrics(metrics, report, await oldestPendingAgeSeconds(deps));
    process.stdout.write(`${JSON.stringify({ message: 'status sync', ...report })}\n`);
    return report;
  } finally {
    metrics.publishStoredMetrics();
  }
}
