import { describe, expect, it } from 'vitest';
import {
  applyObservation,
  isFinalState,
  newLimitChangeRecord,
  nextCheckDelayMs,
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

describe('applying an observation', () => {
  it('appends a transition when the state changes and reschedules either way', () => {
    const record = newLimitChangeRecord('org', 'ext-1', 'CREATED', now, 'sandbox');
    const later = new Date(now.getTime() + MINUTE);

    const signed = applyObservation(record, 'SIGNED', later);
    const again = signed && applyObservation(signed.next, 'SIGNED', later);

    expect(signed?.transitioned).toBe(true);
    expect(signed?.next.history).toEqual([
      { state: 'CREATED', at: now.toISOString() },
      { state: 'SIGNED', at: later.toISOString() },
    ]);
    expect(again?.transitioned).toBe(false);
    expect(again?.next).toMatchObject({
      checksInState: 1,
      nextCheckAt: new Date(later.getTime() + 2 * MINUTE).toISOString(),
      version: 3,
    });
  });

  it('drops the next check at a final state and ignores anything after it', () => {
    const record = newLimitChangeRecord('org', 'ext-2', 'DELIVERED', now, 'sandbox');

    const done = applyObservation(record, 'IMPLEMENTED', now);

    expect(done?.next.nextCheckAt).toBeUndefined();
    expect(done && applyObservation(done.next, 'DELIVERED', now)).toBeUndefined();
  });
});

describe('the queue partitions', () => {
  it('spread external ids over every shard, stably', () => {
    const shards = new Set(Array.from({ length: 64 }, (_, i) => pendingShardOf(`ext-${i}`)));

    expect(shards.size).toBe(PENDING_SHARDS);
    expect(pendingShardOf('ext-7')).toBe(pendingShardOf('ext-7'));
  });
});
