import { describe, expect, it } from 'vitest';
import { IN_PROCESS_CHECK_LEASE_MS, runStatusSync } from '../src/index.js';
import { SANDBOX_PATHS, SLOW_TRANSITIONS, useSyncWorld } from './support/sync-world.js';

const world = useSyncWorld('status-sync-store-outage');

describe('the sync when the store goes away during a run', () => {
  it('reports the documents it could not record as failures instead of rejecting, and catches up later', async () => {
    // Prepare
    const created = await world.createRequests(['implemented', 'implemented', 'implemented']);
    world.clock.advance(SLOW_TRANSITIONS.DELIVERED + 60_000);
    world.failingCommands.add('GetItemCommand');
    world.failingCommands.add('TransactWriteItemsCommand');

    // Act
    const during = await runStatusSync(world.deps);
    world.failingCommands.clear();
    // Each document stays claimed by the run that failed under it until its claim lapses.
    world.clock.advance(IN_PROCESS_CHECK_LEASE_MS);
    const after = await runStatusSync(world.deps);

    // Assess
    expect(during.failed).toBe(3);
    expect(during.changed).toBe(0);
    expect(during.failures.map((failure) => failure.reason.startsWith('storage:'))).toEqual([
      true,
      true,
      true,
    ]);
    expect(after.changed).toBe(3);
    const histories = await Promise.all(
      created.map((r) => world.deps.limitChanges.get(world.organisationId, r.externalId)),
    );
    expect(histories.map((record) => record?.history.map((step) => step.state))).toEqual(
      created.map(() => SANDBOX_PATHS.implemented.slice(0, 2)),
    );
  });
});
