import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { StatusSyncReport } from './status-sync-report.js';

/** The metric the sync-lag alarm watches (infra's `SYNC_LAG_METRIC_NAME`). */
export const SYNC_LAG_METRIC = 'OldestPendingAgeSeconds';

/**
 * Adds one run's metrics to `metrics` (namespace and the `service` dimension come from Powertools'
 * environment): the sync lag, and the documents checked, changed and failed. The caller flushes.
 */
export function recordSyncMetrics(
  metrics: Metrics,
  report: StatusSyncReport,
  oldestPendingAgeSeconds: number,
): void {
  metrics.addMetric(SYNC_LAG_METRIC, MetricUnit.Seconds, oldestPendingAgeSeconds);
  metrics.addMetric('DocumentsChecked', MetricUnit.Count, report.checked);
  metrics.addMetric('DocumentsChanged', MetricUnit.Count, report.changed);
  metrics.addMetric('DocumentsFailed', MetricUnit.Count, report.failed);
}
