/** The time resolutions usage is counted in. */
export type Granularity = 'minute' | 'hour' | 'day';

/** HTTP status classes the counters distinguish. */
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx';

/** Every status class, in counter order. */
export const STATUS_CLASSES: readonly StatusClass[] = ['2xx', '3xx', '4xx', '5xx'];

/** One call through the gateway, as counted. */
export interface ApiCall {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly productId: string;
  /** The bank operation (its operationId). */
  readonly operation: string;
  readonly status: number;
  readonly latencyMs: number;
  readonly at: Date;
}

/** Calls of one application, product and operation within one minute, as one write adds them. */
export interface UsageTally {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly productId: string;
  readonly operation: string;
  /** Any instant of the minute the calls were made in. */
  readonly at: Date;
  readonly calls: number;
  readonly byStatusClass: Readonly<Record<StatusClass, number>>;
  /** Counts per {@link LATENCY_BOUNDS_MS} bucket, plus the overflow bucket last. */
  readonly latencyHistogram: readonly number[];
  readonly latencyMsTotal: number;
}

/**
 * Upper bounds (inclusive, milliseconds) of the latency histogram's buckets; one
 * more bucket counts everything slower than the last bound. Fixed, so buckets of
 * different periods and instances add up.
 */
export const LATENCY_BOUNDS_MS: readonly number[] = [
  5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000,
];

/** The tally of a single call. */
export function tallyOf(call: ApiCall): UsageTally {
  const histogram = Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, () => 0);
  histogram[latencyBucketOf(call.latencyMs)] = 1;
  const byStatusClass = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  byStatusClass[statusClassOf(call.status)] = 1;
  return {
    organisationId: call.organisationId,
    applicationId: call.applicationId,
    productId: call.productId,
    operation: call.operation,
    at: call.at,
    calls: 1,
    byStatusClass,
    latencyHistogram: histogram,
    latencyMsTotal: Math.round(call.latencyMs),
  };
}

/** The counters of one application, product and operation in one time bucket. */
export interface UsageBucket {
  readonly applicationId: string;
  readonly productId: string;
  readonly operation: string;
  readonly granularity: Granularity;
  /** The bucket's start, truncated to the granularity (UTC): `2026-11-23T16:05`, `2026-11-23T16`, `2026-11-23`. */
  readonly bucket: string;
  readonly calls: number;
  readonly byStatusClass: Readonly<Record<StatusClass, number>>;
  /** Counts per {@link LATENCY_BOUNDS_MS} bucket, plus the overflow bucket last. */
  readonly latencyHistogram: readonly number[];
  readonly latencyMsTotal: number;
}

/** How long counters of each granularity are kept before the table's TTL removes them. */
export const RETENTION_MS: Readonly<Record<Granularity, number>> = {
  minute: 2 * 24 * 60 * 60 * 1000,
  hour: 35 * 24 * 60 * 60 * 1000,
  day: 400 * 24 * 60 * 60 * 1000,
};

const BUCKET_LENGTH: Record<Granularity, number> = { minute: 16, hour: 13, day: 10 };

/** The bucket of `at` at `granularity` (a prefix of its ISO form, so buckets sort by time). */
export function bucketOf(at: Date, granularity: Granularity): string {
  return at.toISOString().slice(0, BUCKET_LENGTH[granularity]);
}

/** The start of `bucket` (as {@link bucketOf} spells it) in epoch milliseconds; NaN if malformed. */
export function bucketStartMs(bucket: string, granularity: Granularity): number {
  const suffix: Record<Granularity, string> = { minute: ':00Z', hour: ':00:00Z', day: '' };
  return Date.parse(`${bucket}${suffix[granularity]}`);
}

/** The status class of an HTTP status (1xx, which the gateway never answers, counts as 2xx). */
export function statusClassOf(status: number): StatusClass {
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  if (status >= 300) return '3xx';
  return '2xx';
}

/** The histogram bucket of a latency. */
export function latencyBucketOf(latencyMs: number): number {
  const index = LATENCY_BOUNDS_MS.findIndex((bound) => latencyMs <= bound);
  return index === -1 ? LATENCY_BOUNDS_MS.length : index;
}

/**
 * Estimates the `quantile` (0 < q ≤ 1, e.g. 0.95) of latencies counted in
 * `histogram`, interpolating linearly inside the bucket where it falls (from 0 for
 * the first bucket). Calls in the overflow bucket are reported as its lower bound:
 * the estimate is then "at least". `undefined` for an empty histogram.
 */
export function estimateLatencyQuantile(
  histogram: readonly number[],
  quantile: number,
): number | undefined {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = quantile * total;
  let below = 0;
  for (const [index, count] of histogram.entries()) {
    if (count > 0 && below + count >= rank) {
      const lower = index === 0 ? 0 : (LATENCY_BOUNDS_MS[index - 1] ?? 0);
      const upper = LATENCY_BOUNDS_MS[index];
      if (upper === undefined) return lower;
      return lower + ((rank - below) / count) * (upper - lower);
    }
    below += count;
  }
  return LATENCY_BOUNDS_MS.at(-1);
}

/** Totals of a set of buckets, with latency percentiles estimated from their summed histograms. */
export interface UsageSummary {
  readonly calls: number;
  readonly byStatusClass: Readonly<Record<StatusClass, number>>;
  readonly latencyHistogram: readonly number[];
  readonly p50Ms?: number;
  readonly p95Ms?: number;
  readonly p99Ms?: number;
}

/** Adds `buckets` up. */
export function summariseUsage(buckets: readonly UsageBucket[]): UsageSummary {
  const histogram: number[] = Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, () => 0);
  const byStatusClass = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let calls = 0;
  for (const bucket of buckets) {
    calls += bucket.calls;
    for (const statusClass of STATUS_CLASSES) {
      byStatusClass[statusClass] += bucket.byStatusClass[statusClass];
    }
    bucket.latencyHistogram.forEach((count, index) => {
      histogram[index] = (histogram[index] ?? 0) + count;
    });
  }
  const percentiles = {
    p50Ms: estimateLatencyQuantile(histogram, 0.5),
    p95Ms: estimateLatencyQuantile(histogram, 0.95),
    p99Ms: estimateLatencyQuantile(histogram, 0.99),
  };
  return {
    calls,
    byStatusClass,
    latencyHistogram: histogram,
    ...Object.fromEntries(Object.entries(percentiles).filter(([, value]) => value !== undefined)),
  };
}
