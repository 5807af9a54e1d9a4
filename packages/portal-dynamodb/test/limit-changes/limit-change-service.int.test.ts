import { randomUUID } from 'node:crypto';
import {
  applicationActor,
  type DueLimitChange,
  type LimitChangeRepository,
  LimitChangeService,
  PENDING_SHARDS,
  pendingShardOf,
  STATUS_SYNC_ACTOR,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceDependencies, type TestOrganisation, useApiWorld } from '../support/api-world.js';
import { WriteBarrier } from '../support/write-barrier.js';

const world = useApiWorld('limit-changes');
const gateway = applicationActor('app-1', '198.51.100.4');
let limits: LimitChangeService;
let org: TestOrganisation;

beforeAll(async () => {
  limits = new LimitChangeService(serviceDependencies(world));
  org = await world.organisation();
});

const newExternalId = () => randomUUID();

/** The due entries of every partition of the pending index, as the sync's dispatcher reads them. */
async function dueNow() {
  const now = world.clock.now().toISOString();
  const { limitChanges } = serviceDependencies(world);
  const shards = Array.from({ length: PENDING_SHARDS }, (_, shard) => shard);
  const pages = await Promise.all(shards.map((shard) => limitChanges.listDue(shard, now, 100)));
  return pages.flat();
}

/**
 * A service whose first two recorded checks wait for each other (both syncs have read the
 * same version before either writes); later ones pass straight through.
 */
function racingService(): LimitChangeService {
  const deps = serviceDependencies(world);
  const held = new WriteBarrier(2).hold(deps.limitChanges, ['recordCheck']);
  let saves = 0;
  const limitChanges: LimitChangeRepository = {
    get: (...args) => deps.limitChanges.get(...args),
    list: (...args) => deps.limitChanges.list(...args),
    create: (...args) => deps.limitChanges.create(...args),
    listDue: (...args) => deps.limitChanges.listDue(...args),
    claim: (...args) => deps.limitChanges.claim(...args),
    recordCheck: (...args) => {
      saves += 1;
      return (saves <= 2 ? held : deps.limitChanges).recordCheck(...args);
    },
  };
  return new LimitChangeService({ ...deps, limitChanges });
}

describe('recording a limit-change request', () => {
  it('is unique by externalId within the organisation', async () => {
    const externalId = newExternalId();
    await limits.record(gateway, org.id, {
      externalId,
      state: 'CREATED',
      contour: 'sandbox',
      businessCardId: 'c-1',
    });

    await expect(
      limits.record(gateway, org.id, { externalId, state: 'CREATED', contour: 'sandbox' }),
    ).rejects.toMatchObject({ code: 'limit_request_exists' });
    expect(
      await limits.get(
        await world.scope(org.members.Observer, org.id, 'organisation.view'),
        externalId,
      ),
    ).toMatchObject({
      state: 'CREATED',
      businessCardId: 'c-1',
    });
  });

  it('keeps the contour it went to and the application that created it', async () => {
    const externalId = newExternalId();

    await limits.record(gateway, org.id, {
      externalId,
      state: 'SIGNED',
      contour: 'production',
      applicationId: 'app-1',
    });
    const record = await limits.get(
      await world.scope(org.members.Observer, org.id, 'organisation.view'),
      externalId,
    );

    expect(record).toMatchObject({ contour: 'production', applicationId: 'app-1' });
  });

  it('is queued for the status sync until final, then leaves the queue', async () => {
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'DELIVERED', contour: 'sandbox' });
    world.clock.advance(2 * 60_000);
    const dueBefore = await dueNow();

    const delivered = await serviceDependencies(world).limitChanges.get(org.id, externalId);
    if (!delivered) throw new Error('the request is not recorded');
    await limits.applyObservedState(STATUS_SYNC_ACTOR, null, delivered, 'IMPLEMENTED');
    world.clock.advance(24 * 60 * 60_000);
    const dueAfter = await dueNow();
    const record = await limits.get(
      await world.scope(org.members.Owner, org.id, 'organisation.view'),
      externalId,
    );

    expect(dueBefore.map((due) => due.externalId)).toContain(externalId);
    expect(dueAfter.map((due) => due.externalId)).not.toContain(externalId);
    expect(record.history.map((step) => step.state)).toEqual(['DELIVERED', 'IMPLEMENTED']);
    expect(record.nextCheckAt).toBeUndefined();
  });
});

describe('claiming a due request for a check', () => {
  it('walks one partition of the due range page by page, after the last entry read', async () => {
    // Prepare: three requests of one partition, due one minute apart
    const { limitChanges } = serviceDependencies(world);
    const shard = 3;
    const ids: string[] = [];
    while (ids.length < 3) {
      const id = newExternalId();
      if (pendingShardOf(id) === shard) ids.push(id);
    }
    for (const externalId of ids) {
      await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
      world.clock.advance(60_000);
    }
    world.clock.advance(10 * 60_000);
    const now = world.clock.now().toISOString();
    const ours = (page: readonly DueLimitChange[]) =>
      page.filter((entry) => ids.includes(entry.externalId));

    // Act
    const all = ours(await limitChanges.listDue(shard, now, 100));
    const [, second] = all;
    const afterSecond = ours(await limitChanges.listDue(shard, now, 100, second));

    // Assess
    expect(all.map((entry) => entry.externalId)).toEqual(ids);
    expect(afterSecond.map((entry) => entry.externalId)).toEqual([ids[2]]);
  });

  it('lets one of two claims on the same due entry win, and moves the entry a lease ahead', async () => {
    // Prepare
    const externalId = newExternalId();
    const { limitChanges } = serviceDependencies(world);
    await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
    world.clock.advance(2 * 60_000);
    const due = (await dueNow()).find((entry) => entry.externalId === externalId);
    if (!due) throw new Error('the request is not due');
    const leaseUntil = new Date(world.clock.now().getTime() + 10 * 60_000).toISOString();
    const lease = { at: world.clock.now().toISOString(), until: leaseUntil };

    // Act
    const claims = await Promise.all([
      limitChanges.claim(due, lease),
      limitChanges.claim(due, lease),
    ]);
    const claimed = await limitChanges.get(org.id, externalId);
    const stillDue = await dueNow();

    // Assess
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claimed).toMatchObject({ nextCheckAt: leaseUntil, version: due.version + 1 });
    expect(stillDue.map((entry) => entry.externalId)).not.toContain(externalId);
  });
});

describe('recording what the bank reported', () => {
  /** The record as a sync reads it before asking the bank. */
  const read = (externalId: string) =>
    serviceDependencies(world)
      .limitChanges.get(org.id, externalId)
      .then((record) => {
        if (!record) throw new Error(`${externalId} is not recorded`);
        return record;
      });

  it('never records a state going backwards when a sync that asked earlier writes last', async () => {
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
    const readByEarlierSync = await read(externalId);
    const readByLaterSync = await read(externalId);

    const later = await limits.applyObservedState(
      STATUS_SYNC_ACTOR,
      null,
      readByLaterSync,
      'ACCEPTED',
    );
    const earlier = await limits.applyObservedState(
      STATUS_SYNC_ACTOR,
      null,
      readByEarlierSync,
      'DELIVERED',
    );
    const record = await read(externalId);

    expect(later.outcome).toBe('changed');
    expect(earlier).toEqual({ outcome: 'raced', record: readByEarlierSync });
    expect(record.history.map((step) => step.state)).toEqual(['SIGNED', 'ACCEPTED']);
    expect(record).toMatchObject({ state: 'ACCEPTED', version: 2 });
  });

  it('records one transition when two syncs see the same new state at once', async () => {
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
    const racing = racingService();
    const before = await read(externalId);

    const outcomes = await Promise.all([
      racing.applyObservedState(STATUS_SYNC_ACTOR, null, before, 'DELIVERED'),
      racing.applyObservedState(STATUS_SYNC_ACTOR, null, before, 'DELIVERED'),
    ]);
    const record = await read(externalId);
    const { items: events } = await world.repositories.auditTrail.list(org.id, { limit: 100 });

    expect(outcomes.map(({ outcome }) => outcome).sort()).toEqual(['changed', 'raced']);
    expect(record.history.map((step) => step.state)).toEqual(['SIGNED', 'DELIVERED']);
    expect(record.version).toBe(2);
    expect(
      events.filter(
        (event) => event.target.id === externalId && event.action === 'limit_change.state_changed',
      ),
    ).toHaveLength(1);
  });

  it('records a check that found no change once when two syncs hold the same read', async () => {
    // Prepare
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
    const racing = racingService();
    const before = await read(externalId);

    // Act
    const outcomes = await Promise.all([
      racing.applyObservedState(STATUS_SYNC_ACTOR, null, before, 'SIGNED'),
      racing.applyObservedState(STATUS_SYNC_ACTOR, null, before, 'SIGNED'),
    ]);
    const record = await read(externalId);

    // Assess
    expect(outcomes.map(({ outcome }) => outcome).sort()).toEqual(['raced', 'unchanged']);
    expect(record).toMatchObject({ state: 'SIGNED', checksInState: 1, version: 2 });
    expect(record.history).toEqual(before.history);
  });

  it('drops a check that found no change when another sync moved the request on meanwhile', async () => {
    // Prepare: two syncs read the same version; the one that saw a new state writes first
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'SIGNED', contour: 'sandbox' });
    const readByBoth = await read(externalId);
    await limits.applyObservedState(STATUS_SYNC_ACTOR, null, readByBoth, 'DELIVERED');

    // Act
    const late = await limits.applyObservedState(STATUS_SYNC_ACTOR, null, readByBoth, 'SIGNED');
    const record = await read(externalId);

    // Assess: the transition, its backoff and its history stand
    expect(late).toEqual({ outcome: 'raced', record: readByBoth });
    expect(record).toMatchObject({ state: 'DELIVERED', checksInState: 0, version: 2 });
    expect(record.history.map((step) => step.state)).toEqual(['SIGNED', 'DELIVERED']);
  });

  it('keeps the fields a check does not touch, and takes a final request out of the queue', async () => {
    // Prepare
    const externalId = newExternalId();
    await limits.record(gateway, org.id, {
      externalId,
      state: 'ACCEPTED',
      contour: 'production',
      businessCardId: 'card-1',
      code: 'NON_RENEW',
      limit: 150_000,
      applicationId: 'app-1',
      creationAnswer: { status: 201, contentType: 'application/json', body: '{}' },
    });
    const created = await read(externalId);

    // Act
    await limits.applyObservedState(STATUS_SYNC_ACTOR, null, created, 'ACCEPTED');
    const checked = await read(externalId);
    await limits.applyObservedState(STATUS_SYNC_ACTOR, null, checked, 'IMPLEMENTED');
    const implemented = await read(externalId);
    world.clock.advance(7 * 24 * 60 * 60_000);

    // Assess
    const { nextCheckAt: _checked, lastCheckedAt: _at, ...untouched } = created;
    expect(checked).toMatchObject({ ...untouched, checksInState: 1, version: 2 });
    expect(checked.lastCheckedAt).toBeDefined();
    expect(implemented).toMatchObject({
      ...untouched,
      state: 'IMPLEMENTED',
      history: [...created.history, { state: 'IMPLEMENTED', at: implemented.lastCheckedAt }],
      checksInState: 0,
      version: 3,
    });
    expect(implemented.nextCheckAt).toBeUndefined();
    expect((await dueNow()).map((due) => due.externalId)).not.toContain(externalId);
  });

  it('leaves a final record as it is', async () => {
    const externalId = newExternalId();
    await limits.record(gateway, org.id, { externalId, state: 'IMPLEMENTED', contour: 'sandbox' });
    const final = await read(externalId);

    const outcome = await limits.applyObservedState(STATUS_SYNC_ACTOR, null, final, 'DELIVERED');

    expect(outcome).toEqual({ outcome: 'final', record: final });
    expect(await read(externalId)).toEqual(final);
  });
});
