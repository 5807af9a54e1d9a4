import { describe, expect, it } from 'vitest';
import { invokeSchedule } from './support/invocation.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-bank-timeout');

describe('a bank call of a check', () => {
  it('is abandoned when it outlasts its timeout as a failed check, and still ends in time', {
    timeout: 60_000,
  }, async () => {
    // Prepare: a bank slower than the checks may wait
    const created = await world.createRequests(Array(4).fill('implemented'));
    world.clock.advance(30 * MINUTE);
    world.sandbox.setFaults({ getLimitChangeState: { errorRate: 0, latencyMs: 4_000 } });

    // Act
    const { report, elapsedMs } = await invokeSchedule(world.deps, 6_000, 1_000);
    world.sandbox.setFaults({});
    const records = await Promise.all(
      created.map((r) => world.deps.limitChanges.get(world.organisationId, r.externalId)),
    );

    // Assess: every document failed and backed off, none was left claimed
    expect(elapsedMs).toBeLessThan(6_000);
    expect(report).toMatchObject({ checked: 0, failed: 4, leftUnchecked: 0 });
    for (const record of records) {
      expect(record?.checksInState).toBe(1);
      expect(Date.parse(record?.nextCheckAt ?? '')).toBeGreaterThan(world.clock.now());
    }
  });
});
