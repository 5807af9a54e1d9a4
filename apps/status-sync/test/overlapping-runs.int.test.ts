import { describe, expect, it, vi } from 'vitest';
import {
  type ClaimedCheck,
  createStatusSyncHandler,
  dispatchToQueue,
  inProcessCheckQueue,
  MANUAL_RUN_FRESHNESS_MS,
  RunDeadline,
  runStatusSync,
} from '../src/index.js';
import { handlerMetrics, invocationContext } from './support/invocation.js';
import { SLOW_TRANSITIONS, type SyncWorld, useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const stateCalls = (world: SyncWorld) => world.sandbox.requestCount('getLimitChangeState');

/** Makes `count` requests due, past their first transition, and forgets the bank calls so far. */
async function dueRequests(world: SyncWorld, count: number) {
  const created = await world.createRequests(Array(count).fill('implemented'));
  world.clock.advance(SLOW_TRANSITIONS.DELIVERED + MINUTE);
  world.sandbox.clearRequestLog();
  return created;
}

describe('overlapping runs in process', () => {
  const world = useSyncWorld('status-sync-overlap');

  it('ask the bank about each due document once: two schedules and a manual run started together', {
    timeout: 60_000,
  }, async () => {
    // Prepare
    await dueRequests(world, 12);

    // Act
    const reports = await Promise.all([
      runStatusSync(world.deps),
      runStatusSync(world.deps),
      runStatusSync(world.deps, { organisationId: world.organisationId }),
    ]);

    // Assess
    expect(stateCalls(world)).toBe(12);
    expect(reports.reduce((sum, report) => sum + report.checked, 0)).toBe(12);
    expect(reports.reduce((sum, report) => sum + report.changed, 0)).toBe(12);
  });
});

describe('a manual run just after another run', () => {
  const world = useSyncWorld('status-sync-fresh');

  it('leaves documents checked less than its freshness ago to that run, and asks once it passed', {
    timeout: 60_000,
  }, async () => {
    // Prepare: the schedule has just asked about every due document
    await dueRequests(world, 4);
    await runStatusSync(world.deps);
    world.sandbox.clearRequestLog();

    // Act: "sync now" at once, then again past the freshness
    const atOnce = await runStatusSync(world.deps, { organisationId: world.organisationId });
    const callsAtOnce = stateCalls(world);
    world.clock.advance(MANUAL_RUN_FRESHNESS_MS);
    const later = await runStatusSync(world.deps, { organisationId: world.organisationId });

    // Assess
    expect(callsAtOnce).toBe(0);
    expect(atOnce).toMatchObject({ checked: 0, raced: 4 });
    expect(later).toMatchObject({ checked: 4, raced: 0 });
    expect(stateCalls(world)).toBe(4);
  });
});

describe('a manual run while another run asks the bank', () => {
  const world = useSyncWorld('status-sync-in-flight');

  it('leaves documents whose check is under way to that check', { timeout: 60_000 }, async () => {
    // Prepare: a slow bank, and the schedule asking it about every due document
    await dueRequests(world, 4);
    world.sandbox.setFaults({ getLimitChangeState: { errorRate: 0, latencyMs: 1_500 } });
    const schedule = runStatusSync(world.deps);
    await vi.waitFor(() => expect(stateCalls(world)).toBe(4), { timeout: 20_000 });

    // Act: "sync now" while those calls are open
    const manual = await runStatusSync(world.deps, { organisationId: world.organisationId });
    await schedule;
    world.sandbox.setFaults({});

    // Assess
    expect(manual).toMatchObject({ checked: 0, raced: 4 });
    expect(stateCalls(world)).toBe(4);
  });
});

describe('overlapping dispatches to the queue', () => {
  const world = useSyncWorld('status-sync-overlap-queue');

  it('dispatch each due document once to the queue, and its worker drops a repeated message', {
    timeout: 60_000,
  }, async () => {
    // Prepare: two dispatchers into queues that keep what they are sent
    const created = await dueRequests(world, 12);
    const queued: ClaimedCheck[][] = [[], []];
    const dispatchInto = (into: ClaimedCheck[]) =>
      dispatchToQueue(
        world.deps,
        inProcessCheckQueue(async (checks) => into.push(...checks)),
        { deadline: new RunDeadline({ marginMs: 0 }) },
      );

    // Act: both dispatch at once, then a worker takes every message, one twice, and a bad one
    const dispatches = await Promise.all(queued.map(dispatchInto));
    const messages = queued.flat().map((check, index) => ({
      messageId: `m-${index}`,
      body: JSON.stringify(check),
    }));
    const [first] = messages;
    const handler = createStatusSyncHandler({
      deps: world.deps,
      metrics: handlerMetrics(),
      log: () => undefined,
    });
    const answer = await handler(
      {
        Records: [
          ...messages,
          { messageId: 'repeat', body: first?.body ?? '' },
          { messageId: 'garbled', body: '{"organisationId":1}' },
        ],
      },
      invocationContext(60_000),
    );
    const records = await Promise.all(
      created.map((r) => world.deps.limitChanges.get(world.organisationId, r.externalId)),
    );

    // Assess
    const keys = queued.flat().map((check) => check.externalId);
    expect(new Set(keys).size).toBe(12);
    expect(keys).toHaveLength(12);
    expect(dispatches.reduce((sum, report) => sum + report.dispatched, 0)).toBe(12);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'garbled' }] });
    expect(stateCalls(world)).toBe(12);
    expect(records.map((record) => record?.state)).toEqual(created.map(() => 'DELIVERED'));
  });
});
