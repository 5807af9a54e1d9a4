import {
  bucketStartMs,
  type Granularity,
  type RecentCall,
  summariseUsage,
  type UsageBucket,
} from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** The figures of `buckets` added up. */
function usageFiguresView(buckets: readonly UsageBucket[]): components['schemas']['UsageFigures'] {
  const summary = summariseUsage(buckets);
  return {
    calls: summary.calls,
    byStatusClass: summary.byStatusClass,
    latencyMs: {
      ...(summary.p50Ms !== undefined && { p50: summary.p50Ms }),
      ...(summary.p95Ms !== undefined && { p95: summary.p95Ms }),
      ...(summary.p99Ms !== undefined && { p99: summary.p99Ms }),
    },
  };
}

/**
 * The analytics of a period: the counters of every application, product and operation that
 * fell into one time bucket added up into that bucket (latency percentiles from their merged
 * sketches), oldest first, and the totals of the period.
 */
export function analyticsView(
  granularity: Granularity,
  fromBucket: string,
  toBucket: string,
  buckets: readonly UsageBucket[],
): components['schemas']['Analytics'] {
  const byTime = new Map<string, UsageBucket[]>();
  for (const bucket of buckets)
    byTime.set(bucket.bucket, [...(byTime.get(bucket.bucket) ?? []), bucket]);
  const startOf = (bucket: string) => new Date(bucketStartMs(bucket, granularity)).toISOString();
  return {
    granularity,
    from: startOf(fromBucket),
    to: startOf(toBucket),
    buckets: [...byTime.keys()]
      .sort()
      .map((bucket) => ({ start: startOf(bucket), ...usageFiguresView(byTime.get(bucket) ?? []) })),
    totals: usageFiguresView(buckets),
  };
}

/** A call of an application's log as the contract shows it. */
export function recentCallView(call: RecentCall): components['schemas']['RecentCall'] {
  return {
    at: call.at.toISOString(),
    operation: call.operation,
    status: call.status,
    latencyMs: call.latencyMs,
    requestId: call.requestId,
  };
}
