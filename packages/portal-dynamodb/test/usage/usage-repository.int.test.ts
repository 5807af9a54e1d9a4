import { type ApiCall, ApplicationService, UsageService } from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';

const world = useApiWorld('usage');
let org: TestOrganisation;
let appId: string;

beforeAll(async () => {
  org = await world.organisation();
  const created = await new ApplicationService(serviceDependencies(world)).create(
    org.members.Owner,
    await world.scope(org.members.Owner, org.id, 'application.manage'),
    { name: 'Counted' },
  );
  world.witness.remember('client secret', created.clientSecret);
  appId = created.application.id;
});

function call(
  at: string,
  status: number,
  latencyMs: number,
  operation = 'listBusinessCards',
): ApiCall {
  return {
    organisationId: org.id,
    applicationId: appId,
    productId: 'business-cards',
    operation,
    status,
    latencyMs,
    at: new Date(at),
  };
}

describe('usage counters', () => {
  it('add up concurrent calls per bucket, status class and latency', async () => {
    const calls = [
      ...Array.from({ length: 8 }, () => call('2026-11-23T16:05:10Z', 200, 40)),
      call('2026-11-23T16:05:50Z', 503, 3000),
      call('2026-11-23T16:07:00Z', 404, 8, 'getCorporateCard'),
    ];

    await Promise.all(calls.map((one) => world.repositories.usage.record(one)));
    const report = await new UsageService(serviceDependencies(world)).report(
      await world.scope(org.members.Observer, org.id, 'analytics.view'),
      appId,
      'minute',
      '2026-11-23T16:05',
      '2026-11-23T16:06',
    );
    const hours = await world.repositories.usage.query(
      org.id,
      appId,
      'hour',
      '2026-11-23T16',
      '2026-11-23T16',
    );

    expect(report.buckets).toHaveLength(1);
    expect(report.summary).toMatchObject({
      calls: 9,
      byStatusClass: { '2xx': 8, '3xx': 0, '4xx': 0, '5xx': 1 },
    });
    expect(report.summary.p50Ms).toBeLessThanOrEqual(50);
    expect(hours.map((bucket) => [bucket.operation, bucket.calls]).sort()).toEqual([
      ['getCorporateCard', 1],
      ['listBusinessCards', 9],
    ]);
  });

  it.each(roleMatrixCells('analytics.view'))(
    'analytics as %s: allowed = %s',
    async (role, allowed) => {
      const report = await new UsageService(serviceDependencies(world)).report(
        await world.scope(org.members[role], org.id, 'analytics.view'),
        appId,
        'day',
        '2026-11-01',
        '2026-11-30',
      );

      expect(allowed).toBe(true);
      expect(report.summary.calls).toBeGreaterThanOrEqual(0);
    },
  );

  it('refuses a malformed or too long period, and strangers', async () => {
    const usage = new UsageService(serviceDependencies(world));

    await expect(
      usage.report(
        await world.scope(org.members.Owner, org.id, 'analytics.view'),
        appId,
        'minute',
        '2026-11-01T00:00',
        '2026-11-30T00:00',
      ),
    ).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(world.scope(org.outsider, org.id, 'analytics.view')).rejects.toMatchObject({
      code: 'organisation_not_found',
    });
  });
});

describe('the organisation-wide report', () => {
  it('reads every application of the organisation in one report, and no other organisation', async () => {
    const applications = new ApplicationService(serviceDependencies(world));
    const second = await applications.create(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      { name: 'Second' },
    );
    world.witness.remember('client secret', second.clientSecret);
    const other = await world.organisation();
    const at = '2026-10-05T09:30:00Z';
    await Promise.all([
      world.repositories.usage.record(call(at, 200, 40)),
      world.repositories.usage.record({
        ...call(at, 500, 90),
        applicationId: second.application.id,
      }),
      world.repositories.usage.record({ ...call(at, 200, 5), organisationId: other.id }),
    ]);
    const usage = new UsageService(serviceDependencies(world));

    const whole = await usage.organisationReport(
      await world.scope(org.members.Observer, org.id, 'analytics.view'),
      'hour',
      '2026-10-05T00',
      '2026-10-05T23',
    );
    const one = await usage.report(
      await world.scope(org.members.Observer, org.id, 'analytics.view'),
      appId,
      'hour',
      '2026-10-05T00',
      '2026-10-05T23',
    );

    expect(whole.buckets.map((bucket) => bucket.applicationId).sort()).toEqual(
      [appId, second.application.id].sort(),
    );
    expect(whole.summary).toMatchObject({ calls: 2, byStatusClass: { '2xx': 1, '5xx': 1 } });
    expect(one.buckets.map((bucket) => bucket.applicationId)).toEqual([appId]);
  });

  it.each(roleMatrixCells('analytics.view'))('as %s: allowed = %s', async (role, allowed) => {
    const report = await new UsageService(serviceDependencies(world)).organisationReport(
      await world.scope(org.members[role], org.id, 'analytics.view'),
      'day',
      '2026-10-01',
      '2026-10-31',
    );

    expect(allowed).toBe(true);
    expect(report.summary.calls).toBeGreaterThanOrEqual(0);
  });

  it('refuses a period that runs backwards or beyond the retention, and strangers', async () => {
    const usage = new UsageService(serviceDependencies(world));

    await expect(
      usage.organisationReport(
        await world.scope(org.members.Owner, org.id, 'analytics.view'),
        'day',
        '2026-10-02',
        '2026-10-01',
      ),
    ).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(
      usage.organisationReport(
        await world.scope(org.members.Owner, org.id, 'analytics.view'),
        'hour',
        '2026-01-01T00',
        '2026-03-01T00',
      ),
    ).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(world.scope(org.outsider, org.id, 'analytics.view')).rejects.toMatchObject({
      code: 'organisation_not_found',
    });
  });
});
