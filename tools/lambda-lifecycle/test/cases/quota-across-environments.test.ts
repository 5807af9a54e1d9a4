import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gatewayToken,
  type HarnessApplication,
  inParallel,
  type LambdaFunction,
  type LifecycleWorld,
  type PartnerCall,
  partnerCall,
  statusCounts,
} from '../../src/index.js';
import { startGatewayCase } from '../support/gateway-case.js';

/** Issue 12, "Quota": the bench runs 50 environments, 1,000/day and 1,200 calls; here 1/20th of the calls on 10. */
const QUOTA_PER_DAY = 50;
const CALLS = 60;
const ENVIRONMENTS = 10;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
let calls: PartnerCall[];

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-quota', ratePerSecond: 10_000, quotaPerDay: QUOTA_PER_DAY },
    webhookEvents: ['quota.warning'],
    gateway: {
      reservedConcurrency: ENVIRONMENTS,
      randomReclaims: { probability: 0.1, seed: 1_000 },
    },
  }));
  const token = await gatewayToken(gateway, app);
  calls = await inParallel(CALLS, ENVIRONMENTS, () => partnerCall(gateway, token));
  // Whatever an environment still holds in memory is lost, as when Lambda reclaims it.
  await gateway.close();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

/** Seconds from `epochMs` until the next UTC midnight, when a day quota's window resets. */
function secondsToNextUtcDay(epochMs: number): number {
  const now = new Date(epochMs);
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return (midnight - epochMs) / 1000;
}

describe('a day quota across environments that freeze and die', () => {
  it('admits exactly the plan’s calls and refuses the rest with 429', () => {
    expect(statusCounts(calls)).toEqual({ 200: QUOTA_PER_DAY, 429: CALLS - QUOTA_PER_DAY });
    // The calls did spread over many environments, some of them reclaimed on the way.
    const environments = new Set(calls.map((call) => call.invocation.environmentId));
    expect(environments.size).toBeGreaterThan(ENVIRONMENTS);
  });

  it('tells the refused when the day’s window resets (Retry-After)', () => {
    for (const call of calls.filter((c) => c.status === 429)) {
      // Decided between the request and its answer: the truth lies between the two.
      const atAnswer = secondsToNextUtcDay(call.answeredAtEpochMs);
      const atRequest = secondsToNextUtcDay(call.startedAtEpochMs);
      expect(Number(call.retryAfter)).toBeGreaterThanOrEqual(Math.floor(atAnswer) - 1);
      expect(Number(call.retryAfter)).toBeLessThanOrEqual(Math.ceil(atRequest) + 1);
    }
  });

  it('warns at 80, 90 and 100 % of the day once each, on calls actually made', async () => {
    const warnings = await world.webhookEvents(app, 'quota.warning');
    const day = warnings.filter((warning) => warning.period === 'day');
    expect(day.map((warning) => warning.thresholdPercent).sort()).toEqual([100, 80, 90]);
    for (const warning of day) {
      const threshold = (QUOTA_PER_DAY * Number(warning.thresholdPercent)) / 100;
      expect(Number(warning.used)).toBeGreaterThanOrEqual(threshold);
      expect(Number(warning.used)).toBeLessThanOrEqual(QUOTA_PER_DAY);
    }
  });
});
