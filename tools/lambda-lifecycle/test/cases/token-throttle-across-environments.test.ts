import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callThroughApiGateway,
  type HarnessApplication,
  type LambdaFunction,
  type LifecycleWorld,
  tokenRequest,
} from '../../src/index.js';
import { LIMITS_NOT_REACHED, startGatewayCase } from '../support/gateway-case.js';

/**
 * Issue 12: "The failed-attempt throttle of the token endpoint is shared across environments
 * too." The gateway checks 5 wrong secrets per Client ID a minute; attempts here come 3 at a
 * time, spread over environments that are reclaimed at random, 15 in all.
 */
const MAX_FAILURES = 5;
const WAVE = 3;
const WAVES = 5;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
const attempts: { status: number; retryAfter: string | null; environmentId: number | undefined }[] =
  [];

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-throttle', ...LIMITS_NOT_REACHED },
    gateway: { reservedConcurrency: 10, randomReclaims: { probability: 0.3, seed: 5 } },
  }));
  for (let wave = 0; wave < WAVES; wave++) {
    const answers = await Promise.all(
      Array.from({ length: WAVE }, () =>
        callThroughApiGateway(gateway, tokenRequest(app.clientId, 'a-guessed-secret')),
      ),
    );
    for (const { response, invocation } of answers) {
      attempts.push({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        environmentId: invocation.environmentId,
      });
    }
  }
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('guessing a Client Secret across environments', () => {
  it('checks at most the limit of wrong secrets, whichever environments the guesses reach', () => {
    const checked = attempts.filter((attempt) => attempt.status === 401).length;
    // A wave's guesses run at once: a shared count may let the rest of one wave through.
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES + WAVE - 1);
    expect(new Set(attempts.map((attempt) => attempt.environmentId)).size).toBeGreaterThan(WAVE);
  });

  it('refuses the rest with 429 slow_down and a Retry-After within the minute', () => {
    const refused = attempts.filter((attempt) => attempt.status !== 401);
    expect(refused.length).toBeGreaterThanOrEqual(WAVE * WAVES - (MAX_FAILURES + WAVE - 1));
    for (const attempt of refused) {
      expect(attempt.status).toBe(429);
      expect(Number(attempt.retryAfter)).toBeGreaterThan(0);
      expect(Number(attempt.retryAfter)).toBeLessThanOrEqual(60);
    }
  });
});
