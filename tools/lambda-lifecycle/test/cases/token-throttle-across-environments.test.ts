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
 * too." The gateway checks 5 wrong secrets per Client ID in each clock minute; attempts here come
 * 3 at a time, spread over environments that are reclaimed at random, 15 in all.
 */
const MAX_FAILURES = 5;
const WAVE = 3;
const WAVES = 5;
/** A wave's guesses run at once: a shared count may let the rest of one wave through. */
const CHECKED_PER_WINDOW = MAX_FAILURES + WAVE - 1;
const WINDOW_MS = 60_000;
const windowOf = (epochMs: number) => Math.floor(epochMs / WINDOW_MS);

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
const attempts: {
  status: number;
  retryAfter: string | null;
  environmentId: number | undefined;
  /** The clock minutes the attempt was sent and answered in: its hold happened in one of them. */
  sentIn: number;
  answeredIn: number;
}[] = [];

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-throttle', ...LIMITS_NOT_REACHED },
    gateway: { reservedConcurrency: 10, randomReclaims: { probability: 0.3, seed: 5 } },
  }));
  for (let wave = 0; wave < WAVES; wave++) {
    const answers = await Promise.all(
      Array.from({ length: WAVE }, async () => {
        const sentIn = windowOf(Date.now());
        const answer = await callThroughApiGateway(
          gateway,
          tokenRequest(app.clientId, 'a-guessed-secret'),
        );
        return { ...answer, sentIn, answeredIn: windowOf(Date.now()) };
      }),
    );
    for (const { response, invocation, sentIn, answeredIn } of answers) {
      attempts.push({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        environmentId: invocation.environmentId,
        sentIn,
        answeredIn,
      });
    }
  }
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('guessing a Client Secret across environments', () => {
  it('checks at most the limit of wrong secrets in each minute, whichever environments the guesses reach', () => {
    // The throttle counts per clock minute, and a drive on a loaded machine may cross into the
    // next one: an attempt sent and answered within one minute was certainly counted in it.
    const checkedIn = new Map<number, number>();
    for (const attempt of attempts) {
      if (attempt.status !== 401 || attempt.sentIn !== attempt.answeredIn) continue;
      checkedIn.set(attempt.sentIn, (checkedIn.get(attempt.sentIn) ?? 0) + 1);
    }
    expect(checkedIn.size).toBeGreaterThan(0);
    for (const checked of checkedIn.values()) {
      expect(checked).toBeLessThanOrEqual(CHECKED_PER_WINDOW);
    }
    expect(new Set(attempts.map((attempt) => attempt.environmentId)).size).toBeGreaterThan(WAVE);
  });

  it('refuses the rest with 429 slow_down and a Retry-After within the minute', () => {
    const minutes = new Set(attempts.flatMap((attempt) => [attempt.sentIn, attempt.answeredIn]));
    const refused = attempts.filter((attempt) => attempt.status !== 401);
    expect(refused.length).toBeGreaterThanOrEqual(WAVE * WAVES - CHECKED_PER_WINDOW * minutes.size);
    expect(refused.length).toBeGreaterThan(0);
    for (const attempt of refused) {
      expect(attempt.status).toBe(429);
      expect(Number(attempt.retryAfter)).toBeGreaterThan(0);
      expect(Number(attempt.retryAfter)).toBeLessThanOrEqual(60);
    }
  });
});
