import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  estimateLatencyQuantile,
  LATENCY_BOUNDS_MS,
  latencyBucketOf,
  quotaWindowsOf,
  statusClassOf,
} from '../../src/index.js';

function histogramOf(latencies: readonly number[]): number[] {
  const histogram = Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, () => 0);
  for (const latency of latencies) {
    const index = latencyBucketOf(latency);
    histogram[index] = (histogram[index] ?? 0) + 1;
  }
  return histogram;
}

describe('usage buckets', () => {
  it('truncates times to minute, hour and day buckets in UTC', () => {
    const at = new Date('2026-11-23T16:05:42.123Z');

    expect([bucketOf(at, 'minute'), bucketOf(at, 'hour'), bucketOf(at, 'day')]).toEqual([
      '2026-11-23T16:05',
      '2026-11-23T16',
      '2026-11-23',
    ]);
  });

  it('classifies statuses and latencies', () => {
    expect([200, 302, 404, 503].map(statusClassOf)).toEqual(['2xx', '3xx', '4xx', '5xx']);
    expect([0, 5, 6, 10_000, 10_001].map(latencyBucketOf)).toEqual([0, 0, 1, 10, 11]);
  });
});

describe('latency percentiles from the histogram', () => {
  it('stay within the bucket that holds the true percentile', () => {
    const latencies = Array.from({ length: 1000 }, (_, i) => (i < 900 ? 20 + (i % 30) : 400));
    const histogram = histogramOf(latencies);

    const p50 = estimateLatencyQuantile(histogram, 0.5) ?? Number.NaN;
    const p95 = estimateLatencyQuantile(histogram, 0.95) ?? Number.NaN;

    expect(p50).toBeGreaterThan(10);
    expect(p50).toBeLessThanOrEqual(50);
    expect(p95).toBeGreaterThan(250);
    expect(p95).toBeLessThanOrEqual(500);
  });

  it('report nothing for no calls, and "at least" the last bound for overflow', () => {
    expect(estimateLatencyQuantile(histogramOf([]), 0.99)).toBeUndefined();
    expect(estimateLatencyQuantile(histogramOf([60_000]), 0.99)).toBe(10_000);
  });
});

describe('quota windows', () => {
  it('are the UTC day and month, expiring when they end', () => {
    const windows = quotaWindowsOf(
      {
        id: 'p',
        name: 'P',
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 1,
        quotaPerDay: 10,
        quotaPerMonth: 100,
      },
      new Date('2026-12-31T23:59:00Z'),
    );

    expect(windows.map((w) => [w.window, w.limit, w.expiresAt.toISOString()])).toEqual([
      ['D2026-12-31', 10, '2027-01-01T00:00:00.000Z'],
      ['M2026-12', 100, '2027-01-01T00:00:00.000Z'],
    ]);
  });
});
