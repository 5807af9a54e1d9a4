import { randomUUID } from 'node:crypto';
import { type ApiCall, summariseUsage } from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoUsageRepository,
  DynamoUsageRollup,
} from '@devportal/portal-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emfValues,
  type InvocationRecord,
  type LambdaFunction,
  type LifecycleWorld,
  schedulerEvent,
} from '../../src/index.js';
import { bundles, startWorld } from '../support/world.js';

/**
 * One analytics write per gateway call: the status sync's bundle, invoked by the check schedule,
 * rolls the closed usage minutes into their hours and days in that invocation and publishes how
 * long the oldest of them had waited (the `UsageRollupLag` alarm's metric).
 */
const MINUTE = 60_000;
const CALLS = 12;

let world: LifecycleWorld;
let sync: LambdaFunction;
let run: InvocationRecord;
/** When the invocation started and ended (epoch ms): the bounds of the age it publishes. */
let invoked: { readonly at: number; readonly returned: number };
let usage: DynamoUsageRepository;
let store: DocumentStore;
const organisationId = randomUUID();
// Minutes long closed, three calls in each of four of them, within one hour.
const hourStart = Math.floor((Date.now() - 2 * 60 * MINUTE) / (60 * MINUTE)) * 60 * MINUTE;
const hour = new Date(hourStart).toISOString().slice(0, 13);

beforeAll(async () => {
  world = await startWorld();
  store = new DocumentStore(world.dynamoDb, world.deployed.tableName);
  usage = new DynamoUsageRepository(store);
  await Promise.all(
    Array.from(
      { length: CALLS },
      (_, index): ApiCall => ({
        organisationId,
        applicationId: 'harness-rollup',
        productId: 'business-cards',
        operation: 'listBusinessCards',
        status: 200,
        latencyMs: 20,
        at: new Date(hourStart + (index % 4) * MINUTE),
      }),
    ).map((call) => usage.record(call)),
  );
  sync = world.statusSync({
    bundlePath: bundles().statusSync,
    reservedConcurrency: 1,
    timeoutMs: 30_000,
  });
  const at = Date.now();
  run = await sync.invoke(schedulerEvent());
  invoked = { at, returned: Date.now() };
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe("the check schedule's invocation of the deployed status sync", () => {
  it('rolls the closed usage minutes into their hour and day, and returns in time', async () => {
    expect(run.outcome.kind).toBe('response');
    const logged = run.logs
      .filter((line) => line.includes('status sync: usage roll-up'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({ minutesRolled: 4, alreadyRolled: 0, complete: true }),
    ]);
    const again = await new DynamoUsageRollup(store).rollUp({ now: new Date() });
    const hours = await usage.query(organisationId, 'harness-rollup', 'hour', hour, hour);

    expect(again).toEqual({ minutesRolled: 0, alreadyRolled: 0, complete: true });
    expect(summariseUsage(hours).calls).toBe(CALLS);
  });

  it('publishes how long ago the oldest minute it rolled ended, as an EMF metric', () => {
    const oldestMinuteEnd = hourStart + MINUTE;
    const [ageMs, ...more] = emfValues(run.logs, 'OldestPendingMinuteAgeMs') as number[];

    expect(more).toEqual([]);
    expect(ageMs).toBeGreaterThanOrEqual(invoked.at - oldestMinuteEnd);
    expect(ageMs).toBeLessThanOrEqual(invoked.returned - oldestMinuteEnd);
  });
});
