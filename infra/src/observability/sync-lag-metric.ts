import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { metricsNamespace } from '../functions/app-runtime-variables.js';
import type { StageName } from '../stage/stage-settings.js';
import { SYNC_INTERVAL } from '../sync/sync-construct.js';

/**
 * The metric the status sync must publish after every run (Powertools Metrics, namespace
 * `POWERTOOLS_METRICS_NAMESPACE`, default dimension `service`): the seconds since the `nextCheckAt`
 * of the earliest pending-index entry still due when the run ends, 0 when none is. It measures
 * how far the sync is behind its own schedule, not how long a request has been pending (drafts
 * awaiting a signature may pend for days, and rightly so).
 */
export const SYNC_LAG_METRIC_NAME = 'OldestPendingAgeSeconds';

/** The status sync's service name, the `service` dimension Powertools gives its metrics. */
export const STATUS_SYNC_SERVICE = 'status-sync';

/** {@link SYNC_LAG_METRIC_NAME} of `stage`'s status sync: the worst run of each interval. */
export function syncLagMetric(stage: StageName): Metric {
  return statusSyncMetric(stage, SYNC_LAG_METRIC_NAME);
}

/** A metric `stage`'s status sync publishes after its runs: the worst run of each interval. */
export function statusSyncMetric(stage: StageName, metricName: string): Metric {
  return new Metric({
    namespace: metricsNamespace(stage),
    metricName,
    dimensionsMap: { service: STATUS_SYNC_SERVICE },
    statistic: 'Maximum',
    period: SYNC_INTERVAL,
  });
}
