import { describe, expect, it } from 'vitest';
import {
  afterCheck,
  checkedOf,
  isFinalState,
  newLimitChangeRecord,
  nextCheckDelayMs,
  observationOf,
  PENDING_SHARDS,
  pendingShardOf,
  REFUSAL_STATES,
} from '../../src/index.js';

const MINUTE = 60_000;
const now = new Date('2026-11-23T12:00:00.000Z');

describe('final states', () => {
  it('are IMPLEMENTED and the eight refusals; CREATED and in-progress states are not', () => {
    expect(['IMPLEMENTED', ...REFUSAL_STATES].every(isFinalState)).toBe(true);
    expect(REFUSAL_STATES).toHaveLength(8);
    expect(['CREATED', 'SIGNED', 'DELIVERED', 'ACCEPTED'].some(isFinalState)).toBe(false);
  });
});

describe('the backoff policy', () => {
  it('doubles from a minute up to an hour while in progress', () => {
    expect([0, 1, 2, 5, 6, 20].map((checks) => nextCheckDelayMs('DELIVERED', checks))).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      32 * MINUTE,
      60 * MINUTE,
      60 * MINUTE,
    ]);
  });

  it('checks a request awaiting signature every 6 hours and a final one never', () => {
    expect(nextCheckDelayMs('CREATED', 0)).toBe(6 * 60 * MINUTE);
    expect(nextCheckDelayMs('IMPLEMENTED', 0)).toBeUndefined();
  });
});

describe('observing a state', () => {
  it('appends a transition when the state changes and reschedules either way', () => {
    const record = newLimitChangeRecord('org', 'ext-1', 'CREATED', now, 'sandbox');
    const later = new Date(now.getTime() + MINUTE);

    const signing = observationOf(record, 'SIGNED', later);
    const signed = signing && afterCheck(record, signing);
    const repeat = signed && observationOf(signed, 'SIGNED', later);
    const again = signed && repeat && afterCheck(signed, repeat);

    expect(signing?.transition).toEqual({ state: 'SIGNED', at: later.toISOString() });
    expect(signed?.history).toEqual([
      { state: 'CREATED', at: now.toISOString() },
      { state: 'SIGNED', at: later.toISOString() },
    ]);
    expect(repeat?.transition).toBeUndefined();
    expect(again).toMatchObject({
      checksInState: 1,
      lastCheckedAt: later.toISOString(),
      nextCheckAt: new Date(later.getTime() + 2 * MINUTE).toISOString(),
      version: 3,
    });
    expect(again?.history).toHaveLength(2);
  });

  it('drops the next check at a final state and ignores anything after it', () => {
    const record = newLimitChangeRecord('org', 'ext-2', 'DELIVERED', now, 'sandbox');

    const implemented = observationOf(record, 'IMPLEMENTED', now);
    const done = implemented && afterCheck(record, implemented);

    expect(implemented).not.toHaveProperty('nextCheckAt');
    expect(done?.nextCheckAt).toBeUndefined();
    expect(done && observationOf(done, 'DELIVERED', now)).toBeUndefined();
  });

  it('needs only what the pending index shows of the request', () => {
    const record = {
      ...newLimitChangeRecord('org', 'ext-3', 'SIGNED', now, 'sandbox', 'card-1'),
      code: 'NON_RENEW',
      limit: 100,
    };

    expect(Object.keys(checkedOf(record)).sort()).toEqual(
      [
        'businessCardId',
        'checksInState',
        'contour',
        'externalId',
        'nextCheckAt',
        'organisationId',
        'state',
        'version',
      ].sort(),
    );
    expect(observationOf(checkedOf(record), 'DELIVERED', now)).toEqual(
      observationOf(record, 'DELIVERED', now),
    );
  });
});

describe('the queue partitions', () => {
  it('spread external ids over every shard, stably', () => {
    const shards = new Set(Array.from({ length: 64 }, (_, i) => pendingShardOf(`ext-${i}`)));

    expect(shards.size).toBe(PENDING_SHARDS);
    expect(pendingShardOf('ext-7')).toBe(pendingShardOf('ext-7'));
  });
});
