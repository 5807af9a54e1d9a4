import { type ApiCall, systemClock } from '@devportal/portal-domain';
import { DynamoCallLog, DynamoPlanMeter, DynamoUsageRepository } from '@devportal/portal-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-analytics');
let organisation: TestOrganisation;
let fleet: string;
let payroll: string;

/** An hour whose counters the tests write (recent: hours are kept 35 days). */
const HOUR = new Date(Date.now() - 3 * 60 * 60 * 1000);
HOUR.setUTCMinutes(0, 0, 0);
const NEXT_HOUR = new Date(HOUR.getTime() + 60 * 60 * 1000);

async function newApplication(name: string): Promise<string> {
  const { body } = await world.call(
    organisation.members.Developer,
    'POST',
    orgPath(organisation.id, '/applications'),
    { body: { name } },
  );
  return body.application.id;
}

/** Calls through the gateway, counted as the gateway counts them. */
async function gatewayCounted(calls: Omit<ApiCall, 'organisationId' | 'productId'>[]) {
  const usage = new DynamoUsageRepository(world.store);
  for (const call of calls) {
    await usage.record({ organisationId: organisation.id, productId: 'business-cards', ...call });
  }
}

beforeAll(async () => {
  organisation = await world.organisation();
  [fleet, payroll] = await Promise.all([newApplication('Fleet'), newApplication('Payroll')]);
  await gatewayCounted([
    { applicationId: fleet, operation: 'createLimitChange', status: 201, latencyMs: 40, at: HOUR },
    { applicationId: fleet, operation: 'createLimitChange', status: 400, latencyMs: 8, at: HOUR },
    { applicationId: fleet, operation: 'listBusinessCards', status: 200, latencyMs: 90, at: HOUR },
    {
      applicationId: payroll,
      operation: 'listBusinessCards',
      status: 503,
      latencyMs: 3000,
      at: HOUR,
    },
    {
      applicationId: payroll,
      operation: 'listBusinessCards',
      status: 200,
      latencyMs: 20,
      at: NEXT_HOUR,
    },
  ]);
});

function analytics(query: string) {
  const period = `from=${HOUR.toISOString()}&to=${NEXT_HOUR.toISOString()}`;
  return world.call(
    organisation.members.Observer,
    'GET',
    orgPath(organisation.id, `/analytics?${period}&${query}`),
  );
}

describe('GET …/analytics', () => {
  it('adds every application up per hour, with errors by status class and latency percentiles', async () => {
    const answer = await analytics('granularity=hour');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      granularity: 'hour',
      from: HOUR.toISOString(),
      to: NEXT_HOUR.toISOString(),
    });
    expect(answer.body.buckets.map((bucket: { start: string }) => bucket.start)).toEqual([
      HOUR.toISOString(),
      NEXT_HOUR.toISOString(),
    ]);
    const [first] = answer.body.buckets;
    expect(first).toMatchObject({
      calls: 4,
      byStatusClass: { '2xx': 2, '3xx': 0, '4xx': 1, '5xx': 1 },
    });
    expect(first.latencyMs.p50).toBeGreaterThan(0);
    expect(first.latencyMs.p99).toBeGreaterThanOrEqual(first.latencyMs.p95);
    expect(first.latencyMs.p95).toBeGreaterThanOrEqual(first.latencyMs.p50);
    expect(answer.body.totals).toMatchObject({ calls: 5 });
  });

  it('filters by application, product and operation', async () => {
    const [byApplication, byOperation, byProduct] = await Promise.all([
      analytics(`applicationId=${fleet}`),
      analytics('operation=listBusinessCards'),
      analytics('productId=another-product'),
    ]);

    expect(byApplication.body.totals).toMatchObject({
      calls: 3,
      byStatusClass: { '2xx': 2, '4xx': 1 },
    });
    expect(byOperation.body.totals.calls).toBe(3);
    expect(byProduct.body).toMatchObject({ buckets: [], totals: { calls: 0, latencyMs: {} } });
  });

  it('counts minutes and days too', async () => {
    const [minutes, days] = await Promise.all([
      analytics('granularity=minute'),
      analytics('granularity=day'),
    ]);

    expect(minutes.body.buckets.length).toBeGreaterThanOrEqual(2);
    expect(minutes.body.totals.calls).toBe(5);
    expect(days.body.totals.calls).toBe(5);
  });

  it('refuses a period that runs backwards or beyond what is kept, and an unknown application', async () => {
    const backwards = world.call(
      organisation.members.Owner,
      'GET',
      orgPath(
        organisation.id,
        `/analytics?from=${NEXT_HOUR.toISOString()}&to=${HOUR.toISOString()}`,
      ),
    );
    const tooLong = world.call(
      organisation.members.Owner,
      'GET',
      orgPath(organisation.id, '/analytics?granularity=minute&from=2020-01-01T00:00:00Z'),
    );
    const unknown = analytics('applicationId=no-such-application');

    await expect(backwards).resolves.toMatchObject({
      status: 400,
      body: { code: 'invalid_period' },
    });
    await expect(tooLong).resolves.toMatchObject({ status: 400, body: { code: 'invalid_period' } });
    await expect(unknown).resolves.toMatchObject({
      status: 404,
      body: { code: 'application_not_found' },
    });
  });

  it('still counts the calls of an application deleted since', async () => {
    const retired = await newApplication('Retired');
    await gatewayCounted([
      {
        applicationId: retired,
        operation: 'getCorporateCard',
        status: 200,
        latencyMs: 15,
        at: HOUR,
      },
    ]);
    await world.call(
      organisation.members.Developer,
      'DELETE',
      orgPath(organisation.id, `/applications/${retired}`),
    );

    const [whole, byRetired] = await Promise.all([
      analytics('operation=getCorporateCard'),
      analytics(`applicationId=${retired}`),
    ]);

    expect(whole.body.totals.calls).toBe(1);
    expect(byRetired).toMatchObject({ status: 404, body: { code: 'application_not_found' } });
  });

  it('reports nothing for an organisation without calls', async () => {
    const quiet = await world.organisation();

    const answer = await world.call(quiet.members.Observer, 'GET', orgPath(quiet.id, '/analytics'));

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ granularity: 'hour', buckets: [], totals: { calls: 0 } });
  });
});

describe('GET …/subscriptions: quota usage', () => {
  it('shows each plan quota used today and this month, as the gateway meter admitted calls', async () => {
    // Prepare: a sandbox plan (1 000 a day, 10 000 a month) and three calls admitted by the meter
    const appId = await newApplication('Quota');
    const subscribed = await world.call(
      organisation.members.Developer,
      'PUT',
      orgPath(organisation.id, `/applications/${appId}/subscriptions/business-cards`),
      { body: { planId: 'sandbox' } },
    );
    expect(subscribed.status).toBe(200);
    const meter = new DynamoPlanMeter(world.store);
    const plan = { ratePerSecond: 1_000, quotaPerDay: 1_000, quotaPerMonth: 10_000 };
    for (let call = 0; call < 3; call++) {
      await meter.admit(appId, 'business-cards', plan, systemClock);
    }

    // Act
    const answer = await world.call(
      organisation.members.Observer,
      'GET',
      orgPath(organisation.id, `/applications/${appId}/subscriptions`),
    );

    // Assess
    const now = new Date();
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      expect.objectContaining({
        planId: 'sandbox',
        quota: [
          {
            period: 'day',
            used: 3,
            limit: 1_000,
            resetsAt: new Date(
              Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1),
            ).toISOString(),
          },
          {
            period: 'month',
            used: 3,
            limit: 10_000,
            resetsAt: new Date(
              Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1),
            ).toISOString(),
          },
        ],
      }),
    ]);
  });

  it('does not show another organisation the quota of an application it does not own', async () => {
    const appId = await newApplication('Quota elsewhere');
    const stranger = await world.organisation();

    const answer = await world.call(
      stranger.members.Owner,
      'GET',
      orgPath(stranger.id, `/applications/${appId}/subscriptions`),
    );

    expect(answer.status).toBe(404);
  });
});

describe('GET …/applications/{appId}/calls', () => {
  it('lists the application’s latest calls newest first, with their request ids', async () => {
    // Prepare: three calls of one application and one of another, as the gateway logs them
    const appId = await newApplication('Logged');
    const log = new DynamoCallLog(world.store);
    const start = Date.now() - 60_000;
    const at = (seconds: number) => new Date(start + seconds * 1000);
    const logged = (applicationId: string, seconds: number, status: number, requestId: string) =>
      log.record(
        {
          organisationId: organisation.id,
          applicationId,
          productId: 'business-cards',
          operation: 'listBusinessCards',
          status,
          latencyMs: 12.34,
          at: at(seconds),
        },
        requestId,
      );
    await logged(appId, 1, 200, 'req-1');
    await logged(appId, 2, 503, 'req-2');
    await logged(appId, 3, 200, 'req-3');
    await logged(fleet, 4, 200, 'req-fleet');

    // Act
    const answer = await world.call(
      organisation.members.Observer,
      'GET',
      orgPath(organisation.id, `/applications/${appId}/calls`),
    );

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      {
        at: at(3).toISOString(),
        operation: 'listBusinessCards',
        status: 200,
        latencyMs: 12.3,
        requestId: 'req-3',
      },
      expect.objectContaining({ requestId: 'req-2', status: 503 }),
      expect.objectContaining({ requestId: 'req-1' }),
    ]);
  });

  it('answers 404 to another organisation, which cannot read the log through its own path', async () => {
    const stranger = await world.organisation();

    const answer = await world.call(
      stranger.members.Owner,
      'GET',
      orgPath(stranger.id, `/applications/${fleet}/calls`),
    );

    expect(answer.status).toBe(404);
  });
});
