import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const COOL_DOWN_MS = 60_000;
const TOTAL_TIMEOUT_MS = 1_500;
const clock = { now: Date.now() };

const world = useGatewayWorld('contour-breaker', (deps) => ({
  ...deps,
  bankLimits: {
    timeouts: { connectMs: TOTAL_TIMEOUT_MS, totalMs: TOTAL_TIMEOUT_MS },
    breaker: { failureThreshold: 3, coolDownMs: COOL_DOWN_MS },
    now: () => clock.now,
  },
}));
let token: string;

beforeAll(async () => {
  token = await world.token(await world.application('roomy'));
  // The sandbox makes its crypto profile on the first read (about a second): done here, straight
  // at the sandbox, so that the tests' calls take the sandbox's usual milliseconds.
  const warmUp = await fetch(`${world.sandbox.apiBaseUrl}/v1/crypto`, {
    headers: { authorization: `Bearer ${world.sandbox.issueAccessToken()}` },
  });
  expect(warmUp.status).toBe(200);
});

beforeEach(() => {
  world.sandbox.setFaults({});
});

/** `GET /v1/crypto` through the gateway, and how many such calls the sandbox has seen. */
async function cryptoInfo() {
  const answer = await contractFetch(world.apiUrl, '/v1/crypto', { token });
  return { ...answer, bankCalls: world.sandbox.requestCount('getCryptoInfo') };
}

/** Lets the open breaker's cool-down pass, and the trial call (the bank healthy) close it. */
async function closeBreaker() {
  clock.now += COOL_DOWN_MS;
  world.sandbox.setFaults({});
  const trial = await cryptoInfo();
  expect(trial, JSON.stringify(trial.body)).toMatchObject({ status: 200 });
}

describe("a contour's circuit breaker", () => {
  it('opens after 3 failures in a row and then answers 503 at once without calling the bank', async () => {
    // Prepare
    world.sandbox.setFaults({ getCryptoInfo: { failNext: { count: 2, status: 503 } } });
    const before = world.sandbox.requestCount('getCryptoInfo');

    // Act
    const failures = [await cryptoInfo(), await cryptoInfo()];
    world.sandbox.setFaults({ getCryptoInfo: { failNext: { count: 1, status: 'drop' } } });
    failures.push(await cryptoInfo());
    const shed = [await cryptoInfo(), await cryptoInfo()];

    // Assess
    expect(failures.map((failure) => failure.status)).toEqual([503, 503, 503]);
    expect(failures.at(-1)?.bankCalls).toBe(before + 3);
    for (const answer of shed) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe(String(COOL_DOWN_MS / 1000));
      expect(answer.body).toMatchObject({ cause: 'UNAVAILABLE_RESOURCE_EXCEPTION' });
      expect(answer.bankCalls).toBe(before + 3);
    }
    await closeBreaker();
  });

  it('lets a trial call through after the cool-down and closes when it succeeds', async () => {
    // Prepare
    world.sandbox.setFaults({ getCryptoInfo: { failNext: { count: 3, status: 500 } } });
    for (let failure = 0; failure < 3; failure++) await cryptoInfo();
    const shed = await cryptoInfo();
    const before = world.sandbox.requestCount('getCryptoInfo');

    // Act
    clock.now += COOL_DOWN_MS;
    const trial = await cryptoInfo();
    const afterwards = [await cryptoInfo(), await cryptoInfo()];

    // Assess
    expect(shed.status).toBe(503);
    expect(shed.bankCalls).toBe(before);
    expect(trial).toMatchObject({ status: 200, bankCalls: before + 1 });
    expect(afterwards.map((answer) => [answer.status, answer.bankCalls])).toEqual([
      [200, before + 2],
      [200, before + 3],
    ]);
  });

  it('cuts off a bank slower than the total timeout, and counts that as a failure', async () => {
    // Prepare
    world.sandbox.setFaults({ getCryptoInfo: { latencyMs: 3 * TOTAL_TIMEOUT_MS } });
    const before = world.sandbox.requestCount('getCryptoInfo');

    // Act
    const startedAt = performance.now();
    const timedOut = await cryptoInfo();
    const elapsedMs = performance.now() - startedAt;
    await cryptoInfo();
    await cryptoInfo();
    const shed = await cryptoInfo();

    // Assess
    expect(timedOut.status).toBe(503);
    expect(elapsedMs).toBeLessThan(3 * TOTAL_TIMEOUT_MS);
    expect(shed.status).toBe(503);
    expect(shed.bankCalls).toBe(before + 3);
    await closeBreaker();
  });

  it("does not count the bank's 4xx answers as failures: they end a run of failures", async () => {
    // Prepare
    world.sandbox.setFaults({ getCryptoInfo: { failNext: { count: 2, status: 503 } } });
    const before = world.sandbox.requestCount('getCryptoInfo');

    // Act
    await cryptoInfo();
    await cryptoInfo();
    // A card id of the right form that no card has: the bank itself answers 404.
    const refused = await contractFetch(world.apiUrl, `/v1/corporate-cards/${randomUUID()}`, {
      token,
    });
    world.sandbox.setFaults({ getCryptoInfo: { failNext: { count: 2, status: 503 } } });
    await cryptoInfo();
    await cryptoInfo();
    const stillClosed = await cryptoInfo();

    // Assess
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(stillClosed).toMatchObject({ status: 200, bankCalls: before + 5 });
  });
});
