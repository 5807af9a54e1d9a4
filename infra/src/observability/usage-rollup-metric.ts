import type { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { StageName } from '../stage/stage-settings.js';
import { statusSyncMetric } from './sync-lag-metric.js';

/**
 * The metric the status sync publishes after each usage roll-up of its check schedule (Powertools
 * Metrics, in the sync lag's namespace and `service` dimension): the milliseconds since the oldest
 * closed minute still waiting to be rolled into its hour and day ended, 0 when the roll-up left
 * none. A minute not rolled within its two-day retention is lost from its hour and day; a roll-up
 * that fails or gets no time publishes nothing.
 */
export const USAGE_ROLLUP_AGE_METRIC_NAME = 'OldestPendingMinuteAgeMs';

/** {@link USAGE_ROLLUP_AGE_METRIC_NAME} of `stage`'s status sync: the worst run of each interval. */
export function usageRollupAgeMetric(stage: StageName): Metric {
  return statusSyncMetric(stage, USAGE_ROLLUP_AGE_METRIC_NAME);
}
