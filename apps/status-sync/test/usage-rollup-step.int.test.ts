import { randomUUID } from 'node:crypto';
import type { ApiCall, UsageRollupReport } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import {
  createStatusSyncHandler,
  type StatusSyncReport,
  startStatusSyncTimer,
  USAGE_ROLLUP_MARGIN_MS,
} from '../src/index.js';
import { USAGE_ROLLUP_AGE_METRIC } from '../src/sync-metrics.js';
import { handlerMetrics, invocationContext } from './support/invocation.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-usage-rollup');

/** Records one call `minutesAgo` before the sync's clock, for a new organisation; its organisation. */
async function callMinutesAgo(minutesAgo: number): Promise<ApiCall> {
  const call: ApiCall = {
    organisationId: randomUUID(),
    applicationId: 'app-1',
    productId: 'business-cards',
    operation: 'listBusinessCards',
    status: 200,
    latencyMs: 12,
    at: new Date(world.clock.now() - minutesAgo * MINUTE),
  };
  await world.serviceDeps.usage.record(call);
  return call;
}

/** The schedule's invocation with `budgetMs` left; its report, what it logged and its metrics. */
async function invokeSchedule(budgetMs: number) {
  const logged: [string, object][] = [];
  const metrics = handlerMetrics();
  const handler = createStatusSyncHandler({
    deps: world.deps,
    metrics,
    log: (message, report) => logged.push([message, report]),
  });
  const report = (await handler({}, invocationContext(budgetMs))) as StatusSyncReport;
  return { report, logged, emf: metrics.serializeMetrics() };
}

/** When the minute `call` was counted in ended (epoch ms). */
const minuteEndMs = (call: ApiCall) => (Math.floor(call.at.getTime() / MINUTE) + 1) * MINUTE;

async function hourCalls(call: ApiCall): Promise<number> {
  const hour = call.at.toISOString().slice(0, 13);
  const buckets = await world.serviceDeps.usage.query(
    call.organisationId,
    call.applicationId,
    'hour',
    hour,
    hour,
  );
  return buckets.reduce((sum, bucket) => sum + bucket.calls, 0);
}

describe("the check schedule's usage roll-up", () => {
  it('starts nothing when the checks leave less than its margin, and the report still comes back', async () => {
    // Prepare
    const call = await callMinutesAgo(10);

    // Act
    const { report, logged, emf } = await invokeSchedule(USAGE_ROLLUP_MARGIN_MS - 1_000);

    // Assess: no age is known, so none is published
    expect(report).toMatchObject({ checked: 0, failed: 0 });
    expect(logged).toContainEqual([
      'status sync: usage roll-up',
      { minutesRolled: 0, alreadyRolled: 0, complete: false },
    ]);
    expect(emf).not.toHaveProperty(USAGE_ROLLUP_AGE_METRIC);
    expect(await hourCalls(call)).toBe(1);
    await world.deps.usageRollup?.rollUp({ now: world.domainClock.now() });
  });

  it('rolls the closed minutes up after the checks, in the same invocation, and leaves the open one', async () => {
    // Prepare: one minute long closed, one the gateway may still be counting in
    const closed = await callMinutesAgo(10);
    const open = await callMinutesAgo(0.5);

    // Act
    const { report, logged, emf } = await invokeSchedule(60_000);
    const later = await world.deps.usageRollup?.rollUp({
      now: new Date(world.clock.now() + 5 * MINUTE),
    });
    const caughtUp = await invokeSchedule(60_000);

    // Assess: the age of the closed minute is published, then 0 with nothing pending
    expect(report.complete).toBe(true);
    expect(emf).toMatchObject({
      [USAGE_ROLLUP_AGE_METRIC]: world.clock.now() - minuteEndMs(closed),
    });
    expect(emf._aws.CloudWatchMetrics[0]?.Metrics).toContainEqual({
      Name: USAGE_ROLLUP_AGE_METRIC,
      Unit: 'Milliseconds',
    });
    expect(caughtUp.emf).toMatchObject({ [USAGE_ROLLUP_AGE_METRIC]: 0 });
    expect(logged).toContainEqual([
      'status sync: usage roll-up',
      {
        minutesRolled: 1,
        alreadyRolled: 0,
        complete: true,
        oldestPendingMinuteAgeMs: world.clock.now() - minuteEndMs(closed),
      },
    ]);
    expect(later).toMatchObject({ minutesRolled: 1, alreadyRolled: 0, complete: true });
    expect([await hourCalls(closed), await hourCalls(open)]).toEqual([1, 1]);
  });

  it("runs after each of the local stack's check rounds too", { timeout: 60_000 }, async () => {
    // Prepare
    const call = await callMinutesAgo(10);
    let rolled: (report: UsageRollupReport) => void = () => undefined;
    const firstRollup = new Promise<UsageRollupReport>((resolve) => {
      rolled = resolve;
    });

    // Act
    const timer = startStatusSyncTimer(world.deps, {
      intervalMs: 50,
      onUsageRollup: (report) => rolled(report),
    });
    const report = await firstRollup;
    await timer.stop();

    // Assess
    expect(report).toMatchObject({ minutesRolled: 1, alreadyRolled: 0, complete: true });
    expect(await hourCalls(call)).toBe(1);
  });
});
