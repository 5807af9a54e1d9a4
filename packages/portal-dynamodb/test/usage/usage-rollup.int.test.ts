import { randomUUID } from 'node:crypto';
import {
  type ApiCall,
  bucketOf,
  type Granularity,
  LATENCY_RELATIVE_ACCURACY,
  latencyQuantile,
  mergedSketches,
  summariseUsage,
  tallyOf,
  type UsageBucket,
} from '@devportal/portal-domain';
import {
  DynamoDbCommandCounter,
  dynamoDbLocalClient,
  useDynamoDbTestTable,
} from '@devportal/test-support';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  countersOfTally,
  counterUpdate,
  createTable,
  DocumentStore,
  DynamoUsageRepository,
  DynamoUsageRollup,
  expiryOf,
  keys,
} from '../../src/index.js';
import { WriteBarrier } from '../support/write-barrier.js';

const table = useDynamoDbTestTable('usage-rollup', createTable);
let store: DocumentStore;
let usage: DynamoUsageRepository;
let rollup: DynamoUsageRollup;

/** Long after every minute the tests count: all of them are closed. */
const LATER = new Date('2027-01-01T00:00:00Z');

beforeAll(() => {
  store = new DocumentStore(table.client, table.tableName);
  usage = new DynamoUsageRepository(store);
  rollup = new DynamoUsageRollup(store);
});

// The roll-up takes every closed minute of the table: each test leaves none pending for the next,
// and no watermark (its calls are counted in the past, as no gateway counts them).
afterEach(async () => {
  await rollup.rollUp({ now: LATER });
  await store.deleteMany([keys.usageRollupWatermark]);
});

/** Calls of one new organisation's application, one per `at`, with varied statuses and latencies. */
function callsAt(...moments: string[]): ApiCall[] {
  const organisationId = `org-${randomUUID()}`;
  return moments.map((at, index) => ({
    organisationId,
    applicationId: 'app-1',
    productId: 'business-cards',
    operation: index % 3 === 0 ? 'getCorporateCard' : 'listBusinessCards',
    status: [200, 201, 404, 503][index % 4] ?? 200,
    latencyMs: 3 + index * 37,
    at: new Date(at),
  }));
}

/** What a bucket counts, without its identity's repetition. */
const countsOf = (bucket: UsageBucket) => ({
  bucket: bucket.bucket,
  operation: bucket.operation,
  calls: bucket.calls,
  byStatusClass: bucket.byStatusClass,
  latencySketch: bucket.latencySketch,
  latencyMsTotal: bucket.latencyMsTotal,
});

/** The buckets `calls` make at `granularity`, added up call by call, in the table's order. */
function expectedBuckets(calls: readonly ApiCall[], granularity: Granularity) {
  const buckets = new Map<string, ReturnType<typeof countsOf>>();
  for (const call of calls) {
    const tally = tallyOf(call);
    const bucket = bucketOf(call.at, granularity);
    const key = `${bucket}#${call.operation}`;
    const before = buckets.get(key);
    buckets.set(key, {
      bucket,
      operation: call.operation,
      calls: (before?.calls ?? 0) + tally.calls,
      byStatusClass: {
        '2xx': (before?.byStatusClass['2xx'] ?? 0) + tally.byStatusClass['2xx'],
        '3xx': (before?.byStatusClass['3xx'] ?? 0) + tally.byStatusClass['3xx'],
        '4xx': (before?.byStatusClass['4xx'] ?? 0) + tally.byStatusClass['4xx'],
        '5xx': (before?.byStatusClass['5xx'] ?? 0) + tally.byStatusClass['5xx'],
      },
      latencySketch: mergedSketches(before?.latencySketch ?? {}, tally.latencySketch),
      latencyMsTotal: (before?.latencyMsTotal ?? 0) + tally.latencyMsTotal,
    });
  }
  return [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, bucket]) => bucket);
}

/** Reads `calls`' organisation at `granularity` over `[from, to]`, both ways the port offers. */
async function read(calls: readonly ApiCall[], granularity: Granularity, from: string, to: string) {
  const { organisationId, applicationId } = calls[0] as ApiCall;
  const [one, whole] = await Promise.all([
    usage.query(organisationId, applicationId, granularity, from, to),
    usage.queryOrganisation(organisationId, granularity, from, to),
  ]);
  expect(whole).toEqual(one);
  return one.map(countsOf);
}

/** Asserts that every granularity reads exactly what `calls` made, over `[day]`. */
async function expectExact(calls: readonly ApiCall[], day: string) {
  const [minutes, hours, days] = await Promise.all([
    read(calls, 'minute', `${day}T00:00`, `${day}T23:59`),
    read(calls, 'hour', `${day}T00`, `${day}T23`),
    read(calls, 'day', day, day),
  ]);
  expect(minutes).toEqual(expectedBuckets(calls, 'minute'));
  expect(hours).toEqual(expectedBuckets(calls, 'hour'));
  expect(days).toEqual(expectedBuckets(calls, 'day'));
}

async function recordAll(calls: readonly ApiCall[]) {
  await Promise.all(calls.map((call) => usage.record(call)));
}

/** The hour or day item as stored: what the roll-up added to it, and which minutes. */
async function rolledItem(call: ApiCall, granularity: 'hour' | 'day') {
  const item = await store.get(
    keys.usageBucket(
      call.organisationId,
      call.applicationId,
      granularity,
      bucketOf(call.at, granularity),
      call.productId,
      call.operation,
    ),
  );
  return {
    calls: item?.calls,
    rolledMinutes: [...((item?.rolledMinutes as Set<number>) ?? [])].sort((a, b) => a - b),
  };
}

describe('counting a call', () => {
  it('is one write, into its minute', async () => {
    const [call] = callsAt('2026-11-01T10:15:20Z') as [ApiCall];
    const client = dynamoDbLocalClient();
    const counter = DynamoDbCommandCounter.attachedTo(client);

    await new DynamoUsageRepository(new DocumentStore(client, table.tableName)).record(call);

    expect(counter.snapshot()).toEqual({ UpdateItemCommand: 1 });
    await expectExact([call], '2026-11-01');
    client.destroy();
  });
});

describe('the roll-up', () => {
  it('keeps every granularity exact before and after it, and adds each closed minute once', async () => {
    const calls = callsAt(
      '2026-11-02T10:58:01Z',
      '2026-11-02T10:58:59Z',
      '2026-11-02T10:59:30Z',
      '2026-11-02T11:00:00Z',
      '2026-11-02T11:00:10Z',
      '2026-11-02T23:59:59Z',
    );
    await recordAll(calls);
    await expectExact(calls, '2026-11-02');

    const report = await rollup.rollUp({ now: LATER });

    // Minute items: 10:58 ×2 operations, 10:59, 11:00 ×2 operations, 23:59.
    expect(report).toMatchObject({ minutesRolled: 6, alreadyRolled: 0, complete: true });
    await expectExact(calls, '2026-11-02');
    expect(await rolledItem(calls[1] as ApiCall, 'hour')).toEqual({
      calls: 2,
      rolledMinutes: [58, 59],
    });
    expect(await rolledItem(calls[1] as ApiCall, 'day')).toEqual({
      calls: 4,
      rolledMinutes: [658, 659, 660, 1439],
    });
    expect(await rollup.rollUp({ now: LATER })).toEqual({
      minutesRolled: 0,
      alreadyRolled: 0,
      complete: true,
    });
  });

  it('leaves a minute alone until no call can still be counted in it', async () => {
    const calls = callsAt('2026-11-03T08:30:05Z', '2026-11-03T08:31:05Z');
    await recordAll(calls);

    const early = await rollup.rollUp({ now: new Date('2026-11-03T08:32:59Z') });
    const closed = await rollup.rollUp({ now: new Date('2026-11-03T08:33:00Z') });

    expect(early.minutesRolled).toBe(0);
    expect(closed.minutesRolled).toBe(1);
    await expectExact(calls, '2026-11-03');
  });

  it('counts each minute once when two roll-ups overlap, and when run again', async () => {
    const calls = callsAt(
      '2026-11-04T12:00:00Z',
      '2026-11-04T12:01:00Z',
      '2026-11-04T12:01:30Z',
      '2026-11-04T13:07:00Z',
    );
    await recordAll(calls);
    // Both read the pending minutes before either writes: every target write is contested.
    const barrier = new WriteBarrier(2);
    const racing = () =>
      new DynamoUsageRollup(barrier.hold(store, ['getMany'])).rollUp({ now: LATER });

    const [first, second] = await Promise.all([racing(), racing()]);
    const again = await rollup.rollUp({ now: LATER });

    // Three minute items, each taken by both and each target added by exactly one of the two.
    expect(first.minutesRolled + second.minutesRolled).toBe(6);
    expect(first.alreadyRolled + second.alreadyRolled).toBe(6);
    expect(again.minutesRolled).toBe(0);
    expect(await rolledItem(calls[2] as ApiCall, 'day')).toEqual({
      calls: 2,
      rolledMinutes: [721],
    });
    await expectExact(calls, '2026-11-04');
  });

  it('is exact when interrupted between its hour and day writes, and finished by the next one', async () => {
    const calls = callsAt('2026-11-05T07:10:00Z', '2026-11-05T07:40:00Z');
    await recordAll(calls);
    const failing = dynamoDbLocalClient();
    failing.middlewareStack.add(
      (next) => (args) => {
        const key = (args.input as { Key?: { SK?: unknown } }).Key?.SK;
        if (typeof key === 'string' && key.startsWith('USAGE#day#')) {
          return Promise.reject(new Error('ProvisionedThroughputExceededException'));
        }
        return next(args);
      },
      { step: 'initialize', name: 'failDayWrites' },
    );

    await expect(
      new DynamoUsageRollup(new DocumentStore(failing, table.tableName)).rollUp({ now: LATER }),
    ).rejects.toThrow('ProvisionedThroughputExceededException');
    failing.destroy();
    const hourDone = await rolledItem(calls[0] as ApiCall, 'hour');
    await expectExact(calls, '2026-11-05');
    const finished = await rollup.rollUp({ now: LATER });

    expect(hourDone).toEqual({ calls: 1, rolledMinutes: [10] });
    expect(finished).toMatchObject({ minutesRolled: 2, alreadyRolled: 2, complete: true });
    expect(await rolledItem(calls[0] as ApiCall, 'day')).toEqual({
      calls: 1,
      rolledMinutes: [430],
    });
    await expectExact(calls, '2026-11-05');
  });

  it('is read exactly before, during and after each of its writes', async () => {
    const calls = callsAt('2026-11-06T16:05:00Z', '2026-11-06T16:06:00Z', '2026-11-06T17:00:00Z');
    await recordAll(calls);
    let readsChecked = 0;
    const checkedRead = async () => {
      await expectExact(calls, '2026-11-06');
      readsChecked++;
    };
    // Every write of the roll-up has a read just before it, one racing it, and one after it.
    const racedStore = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'update') return value;
        return async (...args: Parameters<DocumentStore['update']>) => {
          await checkedRead();
          const [written] = await Promise.all([target.update(...args), checkedRead()]);
          await checkedRead();
          return written;
        };
      },
    });

    const report = await new DynamoUsageRollup(racedStore).rollUp({ now: LATER });

    // Three minute items: two target writes and one index removal each; then the watermark.
    expect(report.minutesRolled).toBe(3);
    expect(readsChecked).toBe((3 * 3 + 1) * 3);
  });

  it('reports how long the oldest pending minute it found has waited, and none once all are rolled', async () => {
    const calls = callsAt('2026-11-10T06:00:30Z', '2026-11-10T05:58:10Z', '2026-11-10T06:01:00Z');
    await recordAll(calls);
    const now = new Date('2026-11-10T06:05:00Z');

    const first = await rollup.rollUp({ now, pageSize: 1 });
    const again = await rollup.rollUp({ now });

    // The oldest minute, 05:58, ended at 05:59: six minutes before `now`, whatever the page size.
    expect(first).toEqual({
      minutesRolled: 3,
      alreadyRolled: 0,
      complete: true,
      oldestPendingMinuteAgeMs: 6 * 60_000,
    });
    expect(again).toEqual({ minutesRolled: 0, alreadyRolled: 0, complete: true });
  });

  it('stops before a page when its time is up, leaving the rest to the next one', async () => {
    const calls = callsAt('2026-11-07T09:00:00Z', '2026-11-07T09:01:00Z', '2026-11-07T09:02:00Z');
    await recordAll(calls);
    let pagesAllowed = 1;

    const cut = await rollup.rollUp({
      now: LATER,
      pageSize: 2,
      allowsStart: () => pagesAllowed-- > 0,
    });
    await expectExact(calls, '2026-11-07');
    const rest = await rollup.rollUp({ now: LATER, pageSize: 2 });

    expect(cut).toMatchObject({ minutesRolled: 2, alreadyRolled: 0, complete: false });
    expect(rest).toMatchObject({ minutesRolled: 1, alreadyRolled: 0, complete: true });
    await expectExact(calls, '2026-11-07');
  });
});

describe('counters written by the former design (minute, hour and day per call)', () => {
  /** Counts `call` as the former design did: into its minute, hour and day items alike. */
  async function recordAsFormerDesign(call: ApiCall) {
    await Promise.all(
      (['minute', 'hour', 'day'] as const).map((granularity) => {
        const bucket = bucketOf(call.at, granularity);
        return store.update(
          keys.usageBucket(
            call.organisationId,
            call.applicationId,
            granularity,
            bucket,
            call.productId,
            call.operation,
          ),
          counterUpdate(
            { ...call, granularity, bucket, expiresAt: expiryOf(bucket, granularity) },
            countersOfTally(tallyOf(call)),
          ),
        );
      }),
    );
  }

  it('are read as they were and never rolled, beside calls counted since', async () => {
    // Prepare: an older call counted three times, as the former record did, and a call since
    const [older, since] = callsAt('2026-11-08T14:20:00Z', '2026-11-08T14:20:30Z') as [
      ApiCall,
      ApiCall,
    ];
    await recordAsFormerDesign(older);
    await usage.record(since);

    // Act
    const before = await rollup.rollUp({ now: LATER });

    // Assess: only the call since was rolled; every granularity counts both calls once
    expect(before).toMatchObject({ minutesRolled: 1, alreadyRolled: 0, complete: true });
    await expectExact([older, since], '2026-11-08');
  });

  it('count once when both designs count the same operation in the same minute (a deploy)', async () => {
    // Prepare: one operation's minute counted by an old gateway and a new one, in either order
    const [first, second, third] = callsAt(
      '2026-11-09T09:41:00Z',
      '2026-11-09T09:41:20Z',
      '2026-11-09T09:41:40Z',
    ).map((call) => ({ ...call, operation: 'listBusinessCards' })) as [ApiCall, ApiCall, ApiCall];
    await recordAsFormerDesign(first);
    await usage.record(second);
    await recordAsFormerDesign(third);
    await expectExact([first, second, third], '2026-11-09');

    // Act
    const report = await rollup.rollUp({ now: LATER });

    // Assess: the new call alone was rolled; each call counts once at every granularity
    expect(report).toMatchObject({ minutesRolled: 1, alreadyRolled: 0, complete: true });
    await expectExact([first, second, third], '2026-11-09');
    expect(await rolledItem(second, 'hour')).toEqual({ calls: 3, rolledMinutes: [41] });
  });
});

describe('the roll-up watermark', () => {
  /** The buckets of the minute items (`USAGE#rollminute#`) the queries of `read` return, sorted. */
  async function minutesReadBy(read: (counted: DynamoUsageRepository) => Promise<unknown>) {
    const client = dynamoDbLocalClient();
    const minutes: string[] = [];
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        // The document client shares this stack: its items arrive unmarshalled here.
        const items = (result.output as { Items?: { SK?: unknown }[] }).Items ?? [];
        for (const item of items) {
          const sortKey = String(item.SK);
          const prefix = keys.usageBucketPrefix('rollminute');
          const [bucket] = sortKey.slice(prefix.length).split('#');
          if (sortKey.startsWith(prefix) && bucket) minutes.push(bucket);
        }
        return result;
      },
      { step: 'initialize', name: 'minuteItemsRead' },
    );
    await read(new DynamoUsageRepository(new DocumentStore(client, table.tableName)));
    client.destroy();
    return minutes.sort();
  }

  /** The minute items an hour and a day read of `calls`' `day` return (the day's read's). */
  async function minutesReadOf(calls: readonly ApiCall[], day: string) {
    const { organisationId } = calls[0] as ApiCall;
    const [hours, days] = await Promise.all([
      minutesReadBy((counted) =>
        counted.queryOrganisation(organisationId, 'hour', `${day}T00`, `${day}T23`),
      ),
      minutesReadBy((counted) => counted.queryOrganisation(organisationId, 'day', day, day)),
    ]);
    expect(hours).toEqual(days);
    return days;
  }

  it('lets hour and day reads skip the minutes rolled ten minutes and more before it, exactly', async () => {
    // Prepare: minutes long before, and just before, the bound of the roll-up; one still open
    const calls = callsAt(
      '2026-11-11T03:10:00Z',
      '2026-11-11T09:20:00Z',
      '2026-11-11T11:49:00Z',
      '2026-11-11T11:57:00Z',
      '2026-11-11T11:59:30Z',
    );
    await recordAll(calls);
    const beforeAnyRollup = await minutesReadOf(calls, '2026-11-11');

    // Act: minutes closed before 11:58 are rolled, the watermark set there
    const report = await rollup.rollUp({ now: new Date('2026-11-11T12:00:00Z') });

    // Assess: with no watermark every minute is read; then only those from 11:48 on
    expect(report).toMatchObject({ minutesRolled: 4, complete: true });
    expect(beforeAnyRollup).toEqual(calls.map((call) => bucketOf(call.at, 'minute')));
    expect(await minutesReadOf(calls, '2026-11-11')).toEqual([
      '2026-11-11T11:49',
      '2026-11-11T11:57',
      '2026-11-11T11:59',
    ]);
    await expectExact(calls, '2026-11-11');
  });

  it('stays where it was when a roll-up is stopped by its time budget', async () => {
    // Prepare: one complete roll-up (watermark 08:28), then three minutes an hour later
    const [early, ...later] = callsAt(
      '2026-11-12T08:00:00Z',
      '2026-11-12T09:00:00Z',
      '2026-11-12T09:01:00Z',
      '2026-11-12T09:02:00Z',
    ) as [ApiCall, ...ApiCall[]];
    await usage.record(early);
    await rollup.rollUp({ now: new Date('2026-11-12T08:30:00Z') });
    await recordAll(later);

    // Act: a roll-up that stops after one page of one minute
    let pagesAllowed = 1;
    const cut = await rollup.rollUp({
      now: new Date('2026-11-12T10:00:00Z'),
      pageSize: 1,
      allowsStart: () => pagesAllowed-- > 0,
    });

    // Assess: the two minutes it left are still read (a watermark at 09:58 would skip them)
    expect(cut).toMatchObject({ minutesRolled: 1, complete: false });
    expect(await minutesReadOf([early], '2026-11-12')).toEqual([
      '2026-11-12T09:00',
      '2026-11-12T09:01',
      '2026-11-12T09:02',
    ]);
    await expectExact([early, ...later], '2026-11-12');
  });

  it('never moves back when a run with an earlier bound completes after one with a later bound', async () => {
    // Prepare: minutes before both bounds; the earlier run's watermark write held until the later
    // run has returned, so the two overlap and the earlier bound is written last
    const calls = callsAt('2026-11-13T10:00:00Z', '2026-11-13T13:00:00Z');
    await recordAll(calls);
    let laterDone = () => {};
    const laterReturned = new Promise<void>((resolve) => {
      laterDone = resolve;
    });
    const heldWatermark = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'update') return value;
        return async (...args: Parameters<DocumentStore['update']>) => {
          if (args[0].PK === keys.usageRollupWatermark.PK) await laterReturned;
          return target.update(...args);
        };
      },
    });

    // Act
    const earlierRun = new DynamoUsageRollup(heldWatermark).rollUp({
      now: new Date('2026-11-13T12:00:00Z'),
    });
    const laterRun = await rollup.rollUp({ now: new Date('2026-11-13T14:00:00Z') });
    laterDone();
    const earlier = await earlierRun;

    // Assess: both complete; the watermark stays at 13:58, so no minute before 13:48 is read
    expect(laterRun.complete && earlier.complete).toBe(true);
    expect(laterRun.minutesRolled + earlier.minutesRolled).toBeGreaterThanOrEqual(2);
    expect(await minutesReadOf(calls, '2026-11-13')).toEqual([]);
    await expectExact(calls, '2026-11-13');
  });
});

describe('minutes counted with the coarse latency histogram (before the sketch)', () => {
  it('are rolled with their coarse counters and read into the sketch at their bucket’s middle', async () => {
    // Prepare: a pending minute item holding two calls in the 25–50 ms bucket (`latency3`)
    const [call] = callsAt('2026-11-14T07:10:00Z') as [ApiCall];
    const minute = bucketOf(call.at, 'minute');
    const pending = keys.usageRollupPending(minute);
    await store.update(
      keys.usageBucket(
        call.organisationId,
        call.applicationId,
        'rollminute',
        minute,
        call.productId,
        call.operation,
      ),
      counterUpdate(
        { ...call, granularity: 'minute', bucket: minute, expiresAt: expiryOf(minute, 'minute') },
        [
          ['calls', 2],
          ['status2xx', 2],
          ['latency3', 2],
          ['latencyMsTotal', 70],
        ],
        {
          set: 'GSI3PK = :pendingPk, GSI3SK = :pendingSk',
          values: { ':pendingPk': pending.GSI3PK, ':pendingSk': pending.GSI3SK },
        },
      ),
    );
    await usage.record({ ...call, latencyMs: 120 });

    // Act
    const report = await rollup.rollUp({ now: LATER });
    const [hour] = await usage.query(
      call.organisationId,
      call.applicationId,
      'hour',
      '2026-11-14T07',
      '2026-11-14T07',
    );

    // Assess: the hour holds both kinds, the coarse calls at 37.5 ms and the new one at 120 ms
    expect(report.minutesRolled).toBe(1);
    expect(hour?.calls).toBe(3);
    const summary = summariseUsage(hour ? [hour] : []);
    const within = (reported: number | undefined, exact: number) =>
      Math.abs((reported ?? Number.NaN) - exact) <= exact * LATENCY_RELATIVE_ACCURACY;
    expect(within(summary.p50Ms, 37.5)).toBe(true);
    expect(within(latencyQuantile(summary.latencySketch, 1), 120)).toBe(true);
  });
});
