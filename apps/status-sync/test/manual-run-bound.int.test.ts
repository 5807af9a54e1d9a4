import { describe, expect, it } from 'vitest';
import { runStatusSync } from '../src/index.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-manual-bound');

describe('a manual run of one organisation', () => {
  it('starts no check once its time is up and reports the documents it left pending', {
    timeout: 60_000,
  }, async () => {
    // Prepare: six followed documents, a bank answering each state in 400 ms
    await world.createRequests(Array(6).fill('implemented'));
    world.clock.advance(30 * MINUTE);
    world.sandbox.setFaults({ getLimitChangeState: { errorRate: 0, latencyMs: 400 } });

    // Act: one check at a time, 600 ms to spend
    const bounded = await runStatusSync(world.deps, {
      organisationId: world.organisationId,
      concurrency: 1,
      maxDurationMs: 600,
    });
    world.sandbox.setFaults({});
    world.clock.advance(MINUTE); // past the manual run's freshness: every document is asked again
    const rest = await runStatusSync(world.deps, { organisationId: world.organisationId });

    // Assess
    expect(bounded.checked).toBeGreaterThanOrEqual(1);
    expect(bounded.checked).toBeLessThan(6);
    expect(bounded.checked + bounded.leftUnchecked).toBe(6);
    expect(bounded.stillPending).toBeGreaterThanOrEqual(bounded.leftUnchecked);
    expect(bounded.complete).toBe(false);
    expect(rest).toMatchObject({ checked: 6, leftUnchecked: 0, complete: true });
  });
});
