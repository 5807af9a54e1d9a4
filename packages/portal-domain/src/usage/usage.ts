import { type LatencySketch, latencyQuantile, mergedSketches, sketchOf } from './latency-sketch.js';

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
  /** The calls' latencies, mergeable with any other bucket's. */
  readonly latencySketch: LatencySketch;
  readonly latencyMsTotal: number;
}

/** The tally of a single call. */
export function tallyOf(call: ApiCall): UsageTally {
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
    latencySketch: sketchOf(call.latencyMs),
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
  /** The calls' latencies, mergeable with any other bucket's. */
  readonly latencySketch: LatencySketch;
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

/**
 * Totals of a set of buckets, with latency percentiles from their merged sketches (each within
 * the sketch's stated relative accuracy).
 */
export interface UsageSummary {
  readonly calls: number;
  readonly byStatusClass: Readonly<Record<StatusClass, number>>;
  readonly latencySketch: LatencySketch;
  readonly p50Ms?: number;
  readonly p95Ms?: number;
  readonly p99Ms?: number;
}

/** Adds `buckets` up. */
export function summariseUsage(buckets: readonly UsageBucket[]): UsageSummary {
  const byStatusClass = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let calls = 0;
  for (const bucket of buckets) {
    calls += bucket.calls;
    for (const statusClass of STATUS_CLASSES) {
      byStatusClass[statusClass] += bucket.byStatusClass[statusClass];
    }
  }
  const latencySketch = mergedSketches(...buckets.map((bucket) => bucket.latencySketch));
  const percentiles = {
    p50Ms: latencyQuantile(latencySketch, 0.5),
    p95Ms: latencyQuantile(latencySketch, 0.95),
    p99Ms: latencyQuantile(latencySketch, 0.99),
  };
  return {
    calls,
    byStatusClass,
    latencySketch,
    ...Object.fromEntries(Object.entries(percentiles).filter(([, value]) => value !== undefined)),
  };
}
