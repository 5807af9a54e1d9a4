import { randomUUID } from 'node:crypto';
import {
  type Admission,
  type Clock,
  type MeteredPlan,
  type QuotaCrossing,
  rateCellOf,
} from '@devportal/portal-domain';
import { DynamoDbCommandCounter } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore, DynamoPlanMeter } from '../../src/index.js';
import { useApiWorld } from '../support/api-world.js';

const world = useApiWorld('plan-meter');
const PRODUCT = 'business-cards';
/** Fast enough never to refuse the quota tests' bursts. */
const UNLIMITED_RATE = 1_000_000;
let counter: DynamoDbCommandCounter;

beforeAll(() => {
  counter = DynamoDbCommandCounter.attachedTo(world.table.client);
});

/** `count` gateway environments: meters sharing the table, each with its own memory. */
function environments(count: number): DynamoPlanMeter[] {
  return Array.from({ length: count }, () => new DynamoPlanMeter(world.store));
}

/** A clock standing still at `at`: every write of a call sees the same instant. */
function frozenAt(at: Date): Clock {
  return { now: () => at };
}

function admitted(admissions: readonly Admission[]): number {
  return admissions.filter((admission) => admission.admitted).length;
}

function crossingsIn(admissions: readonly Admission[]): QuotaCrossing[] {
  return admissions.flatMap((admission) => (admission.admitted ? admission.crossings : []));
}

describe('plan quotas across environments', () => {
  it('admits exactly the day quota to 300 concurrent calls over 10 environments, refusing the rest until midnight', async () => {
    // Prepare
    const plan: MeteredPlan = { ratePerSecond: UNLIMITED_RATE, quotaPerDay: 200 };
    const app = randomUUID();
    const meters = environments(10);
    const at = new Date('2026-11-23T09:00:00.250Z');

    // Act
    const admissions = await Promise.all(
      Array.from({ length: 300 }, (_, call) =>
        meters[call % meters.length]?.admit(app, PRODUCT, plan, frozenAt(at)),
      ),
    ).then((all) => all.filter((admission) => admission !== undefined));

    // Assess
    expect(admitted(admissions)).toBe(200);
    const refusals = admissions.filter((admission) => !admission.admitted);
    expect(refusals).toHaveLength(100);
    // 14 h 59 min 59.75 s to midnight UTC, rounded up.
    expect(new Set(refusals.map((refusal) => JSON.stringify(refusal)))).toEqual(
      new Set([
        JSON.stringify({
          admitted: false,
          refusal: 'quota',
          period: 'day',
          limit: 200,
          retryAfterSeconds: 54_000,
        }),
      ]),
    );
    expect(crossingsIn(admissions).sort((a, b) => a.thresholdPercent - b.thresholdPercent)).toEqual(
      [
        { period: 'day', thresholdPercent: 80, used: 160, limit: 200 },
        { period: 'day', thresholdPercent: 90, used: 180, limit: 200 },
        { period: 'day', thresholdPercent: 100, used: 200, limit: 200 },
      ],
    );
  });

  it('starts a new day at midnight, exactly once however many environments race into it', async () => {
    // Prepare
    const plan: MeteredPlan = { ratePerSecond: UNLIMITED_RATE, quotaPerDay: 3 };
    const app = randomUUID();
    const meters = environments(6);
    const evening = new Date('2026-11-23T23:59:59.900Z');
    const midnight = new Date('2026-11-24T00:00:00.000Z');
    const yesterday = await Promise.all(
      meters.map((meter) => meter.admit(app, PRODUCT, plan, frozenAt(evening))),
    );

    // Act
    const today = await Promise.all(
      [...meters, ...meters].map((meter) => meter.admit(app, PRODUCT, plan, frozenAt(midnight))),
    );

    // Assess
    expect(admitted(yesterday)).toBe(3);
    expect(yesterday.find((admission) => !admission.admitted)).toMatchObject({
      refusal: 'quota',
      retryAfterSeconds: 1,
    });
    expect(admitted(today)).toBe(3);
    expect(today.find((admission) => !admission.admitted)).toMatchObject({
      refusal: 'quota',
      period: 'day',
      retryAfterSeconds: 86_400,
    });
  });

  it('refuses on the month once spent though the day has calls left, until the month ends', async () => {
    // Prepare
    const plan: MeteredPlan = { ratePerSecond: UNLIMITED_RATE, quotaPerDay: 10, quotaPerMonth: 15 };
    const app = randomUUID();
    const [meter] = environments(1);
    const callsOn = (at: string, calls: number) =>
      Promise.all(
        Array.from({ length: calls }, () =>
          meter?.admit(app, PRODUCT, plan, frozenAt(new Date(at))),
        ),
      );

    // Act
    const first = await callsOn('2026-11-29T12:00:00Z', 12);
    const second = await callsOn('2026-11-30T12:00:00Z', 7);
    const december = await callsOn('2026-12-01T00:00:00Z', 1);

    // Assess
    expect(first.filter((admission) => admission?.admitted)).toHaveLength(10);
    expect(first.find((admission) => !admission?.admitted)).toMatchObject({ period: 'day' });
    expect(second.filter((admission) => admission?.admitted)).toHaveLength(5);
    expect(second.find((admission) => !admission?.admitted)).toEqual({
      admitted: false,
      refusal: 'quota',
      period: 'month',
      limit: 15,
      retryAfterSeconds: 12 * 3600,
    });
    expect(december[0]?.admitted).toBe(true);
  });

  it('meters a plan with only a month quota, and one with only a rate', async () => {
    // Prepare
    const monthly: MeteredPlan = { ratePerSecond: UNLIMITED_RATE, quotaPerMonth: 2 };
    const rateOnly: MeteredPlan = { ratePerSecond: 1 };
    const [meter] = environments(1);
    const at = new Date('2026-11-23T10:00:00Z');
    const later = new Date('2026-11-23T10:00:01Z');
    const [monthlyApp, rateApp] = [randomUUID(), randomUUID()];

    // Act
    const monthCalls = [];
    for (let call = 0; call < 3; call++) {
      monthCalls.push(await meter?.admit(monthlyApp, PRODUCT, monthly, frozenAt(at)));
    }
    const rateCalls = [
      await meter?.admit(rateApp, PRODUCT, rateOnly, frozenAt(at)),
      await meter?.admit(rateApp, PRODUCT, rateOnly, frozenAt(at)),
      await meter?.admit(rateApp, PRODUCT, rateOnly, frozenAt(later)),
    ];

    // Assess
    expect(monthCalls.map((admission) => admission?.admitted)).toEqual([true, true, false]);
    expect(monthCalls[2]).toMatchObject({
      period: 'month',
      retryAfterSeconds: 7 * 86_400 + 14 * 3600,
    });
    expect(rateCalls.map((admission) => admission?.admitted)).toEqual([true, false, true]);
    expect(rateCalls[1]).toEqual({ admitted: false, refusal: 'rate', retryAfterSeconds: 1 });
  });
});

describe('the plan rate across environments', () => {
  /**
   * Drives `meters` on a virtual clock: every `stepMs`, each meter makes one call, all at once.
   * Returns the times of the admitted calls.
   */
  async function drive(
    plan: MeteredPlan,
    meters: readonly DynamoPlanMeter[],
    durationMs: number,
    stepMs: number,
  ): Promise<number[]> {
    const app = randomUUID();
    const start = Date.parse('2026-11-23T12:00:00Z');
    const times: number[] = [];
    for (let at = start; at < start + durationMs; at += stepMs) {
      const admissions = await Promise.all(
        meters.map((meter) => meter.admit(app, PRODUCT, plan, frozenAt(new Date(at)))),
      );
      for (const admission of admissions) if (admission.admitted) times.push(at);
    }
    return times;
  }

  /** The most calls admitted in any window [t, t + 1 s). */
  function busiestSecond(times: readonly number[]): number {
    let most = 0;
    for (const [first, from] of times.entries()) {
      let count = 0;
      for (let next = first; next < times.length && (times[next] ?? 0) < from + 1000; next++)
        count++;
      most = Math.max(most, count);
    }
    return most;
  }

  it.each([
    [2, 40],
    [20, 20],
    [100, 10],
  ])(
    'holds %i calls a second within +10 %% in every sliding second, 4 environments flooding it',
    async (rate, stepMs) => {
      // Prepare
      const meters = environments(4);

      // Act
      const times = await drive({ ratePerSecond: rate }, meters, 2_500, stepMs);

      // Assess
      expect(busiestSecond(times)).toBeLessThanOrEqual(Math.floor(rate * 1.1));
      // Not starved either: over 2.5 s at least the plan's rate (less the step's rounding) got through.
      expect(times.length).toBeGreaterThanOrEqual(Math.floor(2.5 * rate * 0.9));
    },
  );

  it('lets a burst of floor(τ/T) + 1 calls through from idle, as the tolerance promises', async () => {
    // Prepare
    const plan: MeteredPlan = { ratePerSecond: 100 };
    const { intervalMs, toleranceMs } = rateCellOf(100);
    const app = randomUUID();
    const meters = environments(5);
    const at = new Date('2026-11-23T12:00:00Z');

    // Act
    const admissions = await Promise.all(
      Array.from({ length: 30 }, (_, call) =>
        meters[call % 5]?.admit(app, PRODUCT, plan, frozenAt(at)),
      ),
    );

    // Assess
    expect(admissions.filter((admission) => admission?.admitted)).toHaveLength(
      Math.floor(toleranceMs / intervalMs) + 1,
    );
  });
});

describe('what a call costs the table', () => {
  it('takes one UpdateItem per admitted call once the environment knows the meter, and none to refuse a spent quota', async () => {
    // Prepare
    const plan: MeteredPlan = { ratePerSecond: 20, quotaPerDay: 3 };
    const app = randomUUID();
    const [meter] = environments(1);
    const start = Date.parse('2026-11-23T12:00:00Z');
    await meter?.admit(app, PRODUCT, plan, frozenAt(new Date(start)));
    counter.reset();

    // Act
    const idle = await meter?.admit(app, PRODUCT, plan, frozenAt(new Date(start + 1_000)));
    const busy = await meter?.admit(app, PRODUCT, plan, frozenAt(new Date(start + 1_020)));
    const writesForTwo = counter.snapshot();
    counter.reset();
    const refused = await meter?.admit(app, PRODUCT, plan, frozenAt(new Date(start + 3_000)));

    // Assess
    expect([idle?.admitted, busy?.admitted, refused?.admitted]).toEqual([true, true, false]);
    expect(writesForTwo).toEqual({ UpdateItemCommand: 2 });
    expect(counter.snapshot()).toEqual({});
  });

  it('keeps the meter item under 1 KB, so each write costs one write request unit', async () => {
    // Prepare
    const plan: MeteredPlan = {
      ratePerSecond: 3,
      quotaPerDay: 1_000_000,
      quotaPerMonth: 30_000_000,
    };
    const app = randomUUID();
    const [meter] = environments(1);

    // Act
    await meter?.admit(app, PRODUCT, plan, frozenAt(new Date('2026-11-23T12:00:00.001Z')));
    await meter?.admit(app, PRODUCT, plan, frozenAt(new Date('2026-11-23T12:00:00.002Z')));
    const item = await world.store.get({ PK: `APP#${app}`, SK: `METER#${PRODUCT}` });

    // Assess
    expect(item).toMatchObject({
      dayCalls: 1,
      monthCalls: 1,
      day: 'D2026-11-23',
      month: 'M2026-11',
    });
    const bytes = Object.entries(item ?? {}).reduce(
      (sum, [name, value]) => sum + name.length + String(value).length,
      0,
    );
    expect(bytes).toBeLessThan(1024);
  });
});

describe('a call that loses every race', () => {
  /**
   * A table where other gateways' calls win the first `losses` writes: each of those writes fails
   * and reads back an item whose rate looks idle, though the stored `tat` is not behind the call's
   * instant, so the idle write the meter tries next loses too: as when calls judged later keep
   * reaching the item first.
   */
  function racedStore(losses: number): DocumentStore {
    const store = new DocumentStore(world.table.client, world.table.tableName);
    let lost = 0;
    const write = store.updateReturning.bind(store);
    store.updateReturning = async (key, update, condition) => {
      if (lost >= losses) return write(key, update, condition);
      lost += 1;
      const { tat: _ahead, ...found } = (await store.get(key)) ?? {};
      return { updated: false, found };
    };
    return store;
  }

  it('is charged on its last write without refusing a plan that is not spent, and the quota stays exact', async () => {
    // Prepare: a plan with room, and a call whose first five writes lose
    const plan: MeteredPlan = { ratePerSecond: 2_000, quotaPerDay: 10 };
    const { intervalMs } = rateCellOf(plan.ratePerSecond);
    const app = randomUUID();
    const at = new Date('2026-11-23T09:00:00.000Z');
    await new DynamoPlanMeter(world.store).admit(app, PRODUCT, plan, frozenAt(at));

    // Act: a second call an interval later, through the raced table
    const later = frozenAt(new Date(at.getTime() + intervalMs));
    const admission = await new DynamoPlanMeter(racedStore(5)).admit(app, PRODUCT, plan, later);

    // Assess: admitted, counted once, and charged its interval
    expect(admission.admitted).toBe(true);
    const item = await world.store.get({ PK: `APP#${app}`, SK: `METER#${PRODUCT}` });
    expect(item?.dayCalls).toBe(2);
    expect(item?.tat).toBe(at.getTime() + 2 * intervalMs);
  });

  it('is refused for a second on a plan whose rate binds, rather than charged past it', async () => {
    const plan: MeteredPlan = { ratePerSecond: 5, quotaPerDay: 10 };
    const app = randomUUID();
    const at = new Date('2026-11-23T09:00:00.000Z');
    await new DynamoPlanMeter(world.store).admit(app, PRODUCT, plan, frozenAt(at));

    const later = frozenAt(new Date(at.getTime() + rateCellOf(5).intervalMs));
    const admission = await new DynamoPlanMeter(racedStore(5)).admit(app, PRODUCT, plan, later);

    expect(admission).toEqual({ admitted: false, refusal: 'rate', retryAfterSeconds: 1 });
    const item = await world.store.get({ PK: `APP#${app}`, SK: `METER#${PRODUCT}` });
    expect(item?.dayCalls).toBe(1);
  });

  it('is still refused when the item it reads back shows the rate spent', async () => {
    const plan: MeteredPlan = { ratePerSecond: 5, quotaPerDay: 10 };
    const app = randomUUID();
    const at = frozenAt(new Date('2026-11-23T09:00:00.000Z'));
    await new DynamoPlanMeter(world.store).admit(app, PRODUCT, plan, at);

    // The same instant again: the item read back after the lost write says the rate is spent.
    const admission = await new DynamoPlanMeter(racedStore(1)).admit(app, PRODUCT, plan, at);

    expect(admission).toMatchObject({ admitted: false, refusal: 'rate' });
  });
});
