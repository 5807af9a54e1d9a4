import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { UsageRollupReport } from '@devportal/portal-domain';

/** The metric the sync-lag alarm watches (infra's `SYNC_LAG_METRIC_NAME`). */
export const SYNC_LAG_METRIC = 'OldestPendingAgeSeconds';

/** The metric the usage roll-up alarm watches (infra's `USAGE_ROLLUP_AGE_METRIC_NAME`). */
export const USAGE_ROLLUP_AGE_METRIC = 'OldestPendingMinuteAgeMs';

/** The counts of an invocation's report that become metrics (those it has). */
export interface SyncMetricCounts {
  readonly checked?: number;
  readonly changed?: number;
  readonly failed?: number;
  readonly dispatched?: number;
}

/**
 * Adds one invocation's metrics to `metrics` (namespace and the `service` dimension come from
 * Powertools' environment): the documents checked, changed, failed or dispatched it reports, and
 * the sync lag when it measured it (runs of the schedule and manual runs; not each worker batch).
 * The caller flushes.
 */
export function recordSyncMetrics(
  metrics: Metrics,
  report: SyncMetricCounts,
  oldestPendingAgeSeconds?: number,
): void {
  if (oldestPendingAgeSeconds !== undefined) {
    metrics.addMetric(SYNC_LAG_METRIC, MetricUnit.Seconds, oldestPendingAgeSeconds);
  }
  const counts = [
    ['DocumentsChecked', report.checked],
    ['DocumentsChanged', report.changed],
    ['DocumentsFailed', report.failed],
    ['DocumentsDispatched', report.dispatched],
  ] as const;
  for (const [name, value] of counts) {
    if (value !== undefined) metrics.addMetric(name, MetricUnit.Count, value);
  }
}

/**
 * Adds the usage roll-up's metric to `metrics`: how long ago the oldest pending minute it found
 * ended (`oldestPendingMinuteAgeMs`), 0 when it went through every page and found none. A run
 * stopped before it found any knows no age and adds nothing (the alarm counts a gap against it).
 * The caller flushes.
 */
export function recordUsageRollupMetric(metrics: Metrics, report: UsageRollupReport): void {
  const ageMs = report.oldestPendingMinuteAgeMs ?? (report.complete ? 0 : undefined);
  if (ageMs !== undefined) {
    metrics.addMetric(USAGE_ROLLUP_AGE_METRIC, MetricUnit.Milliseconds, ageMs);
  }
}
