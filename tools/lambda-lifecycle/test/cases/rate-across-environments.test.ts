import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  busiestWindowCertain,
  gatewayToken,
  type HarnessApplication,
  type LambdaFunction,
  type LifecycleWorld,
  type PartnerCall,
  partnerCall,
} from '../../src/index.js';
import { startGatewayCase } from '../support/gateway-case.js';

/**
 * Issue 12, "Rate": 10 environments driven for 10 s at 10 calls a second in the bench; here for
 * four. Under 10 a second, rate + 10 % rounds down to the rate itself, which leaves no room for
 * the spread of answer times the partner sees (admissions are at most the rate per second: see
 * portal-domain's rate-cell.ts).
 */
const RATE_PER_SECOND = 10;
const ENVIRONMENTS = 10;
const DRIVE_MS = 4_000;
const DRIVE_LIMIT_MS = 30_000;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
let calls: PartnerCall[];
let driveMs: number;

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-rate', ratePerSecond: RATE_PER_SECOND, quotaPerDay: 1_000_000 },
    gateway: { reservedConcurrency: ENVIRONMENTS },
  }));
  const token = await gatewayToken(gateway, app);
  // Every environment warm first, so the drive measures the limit rather than cold starts.
  await Promise.all(Array.from({ length: ENVIRONMENTS }, () => partnerCall(gateway, token)));
  calls = [];
  // On a busy machine ten environments may offer less than the rate in DRIVE_MS; the drive then
  // goes on (up to DRIVE_LIMIT_MS) until the limit has refused a call, so it always tests one.
  const start = performance.now();
  const driving = () => {
    const elapsed = performance.now() - start;
    if (elapsed >= DRIVE_LIMIT_MS) return false;
    return elapsed < DRIVE_MS || !calls.some((call) => call.status === 429);
  };
  await Promise.all(
    Array.from({ length: ENVIRONMENTS }, async () => {
      while (driving()) calls.push(await partnerCall(gateway, token));
    }),
  );
  driveMs = performance.now() - start;
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('a rate limit across environments', () => {
  it('admits at most the plan’s rate plus 10 % in any one-second window, and refuses the rest with 429', () => {
    const admitted = calls.filter((call) => call.status === 200);
    // Each admission lies between its call's request and answer; counting the calls whose whole
    // span fits one second counts admissions certainly in it, so a count over the limit is a
    // violation however ten environments on two cores bunch their answers (a meter that is not
    // shared would admit ten times the rate).
    expect(busiestWindowCertain(admitted, 1_000)).toBeLessThanOrEqual(
      Math.floor(RATE_PER_SECOND * 1.1),
    );
    // The drive offered more than the rate (some of it was refused), and refused only as a rate.
    expect(calls.some((call) => call.status === 429)).toBe(true);
    expect(calls.every((call) => call.status === 200 || call.status === 429)).toBe(true);
    // Not starved either: at least half the rate over the drive.
    expect(admitted.length).toBeGreaterThanOrEqual((RATE_PER_SECOND * driveMs) / 2_000);
  });
});
