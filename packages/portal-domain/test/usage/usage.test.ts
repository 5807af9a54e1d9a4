import { describe, expect, it } from 'vitest';
import { bucketOf, quotaWindowsOf, statusClassOf } from '../../src/index.js';

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
