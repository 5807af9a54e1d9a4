import { describe, expect, it } from 'vitest';
import { bucketOf, quotaUsageOf, quotaWindowsOf, statusClassOf } from '../../src/index.js';

describe('usage buckets', () => {
  it('truncates times to minute, hour and day buckets in UTC', () => {
    const at = new Date('2026-11-23T16:05:42.123Z');

    expect([bucketOf(at, 'minute'), bucketOf(at, 'hour'), bucketOf(at, 'day')]).toEqual([
      '2026-11-23T16:05',
      '2026-11-23T16',
      '2026-11-23',
    ]);
  });

  it('classifies statuses', () => {
    expect([200, 302, 404, 503].map(statusClassOf)).toEqual(['2xx', '3xx', '4xx', '5xx']);
  });
});

describe('quota windows', () => {
  it('are the UTC day and month, expiring when they end', () => {
    const windows = quotaWindowsOf(
      { quotaPerDay: 10, quotaPerMonth: 100 },
      new Date('2026-12-31T23:59:00Z'),
    );

    expect(windows.map((w) => [w.window, w.limit, w.expiresAt.toISOString()])).toEqual([
      ['D2026-12-31', 10, '2027-01-01T00:00:00.000Z'],
      ['M2026-12', 100, '2027-01-01T00:00:00.000Z'],
    ]);
  });
});

describe('quota usage', () => {
  const plan = { quotaPerDay: 10, quotaPerMonth: 100 };
  const now = new Date('2026-11-23T16:05:00Z');

  it('counts the stored windows that hold now, and resets at their ends', () => {
    const usage = quotaUsageOf(
      plan,
      {
        windows: {
          day: { window: 'D2026-11-23', used: 7 },
          month: { window: 'M2026-11', used: 42 },
        },
      },
      now,
    );

    expect(usage).toEqual([
      { period: 'day', used: 7, limit: 10, resetsAt: new Date('2026-11-24T00:00:00Z') },
      { period: 'month', used: 42, limit: 100, resetsAt: new Date('2026-12-01T00:00:00Z') },
    ]);
  });

  it('counts nothing from yesterday’s window or last month’s, nor for a plan without quotas', () => {
    const usage = quotaUsageOf(
      plan,
      {
        windows: {
          day: { window: 'D2026-11-22', used: 9 },
          month: { window: 'M2026-10', used: 99 },
        },
      },
      now,
    );

    expect(usage.map((window) => window.used)).toEqual([0, 0]);
    expect(quotaUsageOf({}, { windows: {} }, now)).toEqual([]);
  });
});
