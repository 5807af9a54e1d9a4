import { describe, expect, it } from 'vitest';
import { SYNC_LAG_METRIC } from '../src/sync-metrics.js';
import { invokeSchedule } from './support/invocation.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-deadline');

describe('a scheduled run under its invocation deadline', () => {
  it('stops starting checks in time, returns its report and publishes the lag before the deadline', {
    timeout: 90_000,
  }, async () => {
    // Prepare: 40 due documents, a bank answering each state in 1 s
    await world.createRequests(Array(40).fill('implemented'));
    world.clock.advance(30 * MINUTE);
    world.sandbox.setFaults({ getLimitChangeState: { errorRate: 0, latencyMs: 1_000 } });

    // Act: 6 s left, bank calls bounded at 2 s
    const { report, elapsedMs, emf } = await invokeSchedule(world.deps, 6_000, 2_000);
    world.sandbox.setFaults({});

    // Assess
    expect(elapsedMs).toBeLessThan(6_000);
    expect(report.checked).toBeGreaterThanOrEqual(1);
    expect(report.leftUnchecked).toBeGreaterThan(0);
    expect(report.checked + report.leftUnchecked).toBe(40);
    expect(report.complete).toBe(false);
    expect(emf).toMatchObject({ DocumentsChecked: report.checked });
    expect(emf[SYNC_LAG_METRIC]).toBeGreaterThan(0);
  });
});
