import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gatewayToken,
  type HarnessApplication,
  inParallel,
  type LambdaFunction,
  type LifecycleWorld,
  type PartnerCall,
  partnerCall,
} from '../../src/index.js';
import { LIMITS_NOT_REACHED, startGatewayCase } from '../support/gateway-case.js';

/** Issue 12, "Analytics that lose nothing": ≥ 1,000 calls in the bench; here a hundred. */
const CALLS = 100;
const ENVIRONMENTS = 10;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
let calls: PartnerCall[];
let before: { calls: number; byStatusClass: Record<string, number> };

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-analytics', ...LIMITS_NOT_REACHED },
    gateway: {
      reservedConcurrency: ENVIRONMENTS,
      // Every environment is frozen the moment it answers; a quarter are reclaimed right then.
      randomReclaims: { probability: 0.25, seed: 3 },
    },
  }));
  const token = await gatewayToken(gateway, app);
  before = await world.usageToday(app);
  calls = await inParallel(CALLS, ENVIRONMENTS, () => partnerCall(gateway, token));
  // The rest are reclaimed too, frozen: no timer and no SIGTERM will ever flush what they hold.
  await gateway.close();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('analytics under freezes and reclaims', () => {
  it('counts every answered call exactly once: none lost, none twice', async () => {
    const after = await world.usageToday(app);
    const answered = calls.filter((call) => call.status === 200).length;
    expect(answered).toBe(CALLS);
    expect(after.calls - before.calls).toBe(CALLS);
    expect((after.byStatusClass['2xx'] ?? 0) - (before.byStatusClass['2xx'] ?? 0)).toBe(answered);
    // Reclaims did happen on the way, and the calls spread over many environments.
    expect(new Set(calls.map((call) => call.invocation.environmentId)).size).toBeGreaterThan(
      ENVIRONMENTS,
    );
  });
});
