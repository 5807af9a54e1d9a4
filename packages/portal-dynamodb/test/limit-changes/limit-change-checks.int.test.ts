import { randomUUID } from 'node:crypto';
import {
  applicationActor,
  type CheckRecording,
  LimitChangeChecks,
  type LimitChangeRecord,
  LimitChangeService,
  MAX_NOT_FOUND_CHECKS,
  nextCheckDelayMs,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceDependencies, type TestOrganisation, useApiWorld } from '../support/api-world.js';

const world = useApiWorld('limit-checks');
const gateway = applicationActor('app-1', '198.51.100.4');
let checks: LimitChangeChecks;
let org: TestOrganisation;

beforeAll(async () => {
  checks = new LimitChangeChecks(serviceDependencies(world));
  org = await world.organisation();
});

/** A followed request in `state`, as the gateway recorded it. */
async function followed(state: string): Promise<LimitChangeRecord> {
  const deps = serviceDependencies(world);
  const externalId = randomUUID();
  await new LimitChangeService(deps).record(gateway, org.id, {
    externalId,
    state,
    contour: 'sandbox',
  });
  const record = await deps.limitChanges.get(org.id, externalId);
  if (!record) throw new Error('the request was not recorded');
  return record;
}

/** How far past `fromMs` a recording put the next check (the test clock ticks on every read). */
function delayOf(recording: CheckRecording, fromMs: number): number {
  if (recording.outcome === 'raced') throw new Error('the recording raced');
  return Date.parse(recording.record.nextCheckAt ?? '') - fromMs;
}

describe('a check that observed no state', () => {
  it('backs a failed check off as if the document had not changed', async () => {
    // Prepare
    const record = await followed('DELIVERED');
    const fromMs = world.clock.now().getTime();

    // Act
    const recording = await checks.recordCheckFailure(record, { notFound: false });

    // Assess
    expect(recording).toMatchObject({
      outcome: 'followed',
      record: { checksInState: 1, version: record.version + 1 },
    });
    const backoffMs = nextCheckDelayMs('DELIVERED', 1) ?? 0;
    expect(delayOf(recording, fromMs)).toBeGreaterThanOrEqual(backoffMs);
    expect(delayOf(recording, fromMs)).toBeLessThan(backoffMs + 1_000);
  });

  it('lets go, with an audit event, of a document the bank keeps not knowing', async () => {
    // Prepare
    const record = await followed('SIGNED');
    const unknownLong = { ...record, checksInState: MAX_NOT_FOUND_CHECKS - 1 };

    // Act
    const recording = await checks.recordCheckFailure(unknownLong, { notFound: true });

    // Assess
    expect(recording.outcome).toBe('abandoned');
    const stored = await serviceDependencies(world).limitChanges.get(org.id, record.externalId);
    expect(stored?.nextCheckAt).toBeUndefined();
    expect(stored?.checksInState).toBe(MAX_NOT_FOUND_CHECKS);
    const { items: events } = await world.repositories.auditTrail.list(org.id, { limit: 20 });
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'limit_change.abandoned',
        target: { type: 'limit_change', id: record.externalId },
        details: { state: 'SIGNED', reason: 'the bank does not know the request' },
      }),
    );
  });

  it('defers a document unchecked, and loses to a run that wrote it first', async () => {
    // Prepare
    const record = await followed('ACCEPTED');
    const fromMs = world.clock.now().getTime();

    // Act
    const deferred = await checks.defer(record, 30_000);
    const late = await checks.defer(record, 30_000);

    // Assess
    expect(deferred).toMatchObject({
      outcome: 'followed',
      record: { checksInState: record.checksInState, version: record.version + 1 },
    });
    expect(delayOf(deferred, fromMs)).toBeGreaterThanOrEqual(30_000);
    expect(delayOf(deferred, fromMs)).toBeLessThan(31_000);
    expect(late).toEqual({ outcome: 'raced' });
  });
});
