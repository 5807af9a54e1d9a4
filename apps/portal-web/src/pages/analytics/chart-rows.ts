import type { Analytics } from '@devportal/portal-client';

/** One point of the charts: a bucket's counts and latencies under flat names. */
export interface ChartRow {
  readonly start: string;
  readonly ok: number;
  readonly clientErrors: number;
  readonly serverErrors: number;
  readonly errors: number;
  readonly p50?: number | undefined;
  readonly p95?: number | undefined;
  readonly p99?: number | undefined;
}

/** Flattens the API's buckets for the chart library (which reads one key per series). */
export function chartRows(report: Analytics): ChartRow[] {
  return report.buckets.map((bucket) => ({
    start: bucket.start,
    ok: bucket.byStatusClass['2xx'] + bucket.byStatusClass['3xx'],
    clientErrors: bucket.byStatusClass['4xx'],
    serverErrors: bucket.byStatusClass['5xx'],
    errors: bucket.byStatusClass['4xx'] + bucket.byStatusClass['5xx'],
    p50: bucket.latencyMs.p50,
    p95: bucket.latencyMs.p95,
    p99: bucket.latencyMs.p99,
  }));
}
