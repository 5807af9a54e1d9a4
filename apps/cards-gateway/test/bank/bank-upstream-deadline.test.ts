import { createHook } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BankUpstream } from '../../src/bank/bank-upstream.js';

/** A deadline no other timer of the process has, so its timers can be told apart. */
const TOTAL_MS = 61_234;

const bank = createServer((request, response) => {
  const delayMs = Number(new URL(request.url ?? '/', 'http://bank').searchParams.get('delayMs'));
  setTimeout(
    () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    delayMs,
  );
});
let apiBaseUrl: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => bank.listen(0, '127.0.0.1', resolve));
  apiBaseUrl = `http://127.0.0.1:${(bank.address() as AddressInfo).port}/fintech/api`;
});
afterAll(() => new Promise<void>((resolve) => bank.close(() => resolve())));

/**
 * Timers of `durationMs` created while `act` runs and still pending when it ends: the ones a
 * Lambda environment frozen after the answer would carry into a later invocation (an unref'd
 * timer is one too, though Node's list of active resources leaves it out).
 */
async function pendingTimersOf(durationMs: number, act: () => Promise<unknown>): Promise<number> {
  const pending = new Set<number>();
  const hook = createHook({
    init(asyncId, type, _trigger, resource) {
      if (
        type === 'Timeout' &&
        (resource as { _idleTimeout?: number })._idleTimeout === durationMs
      ) {
        pending.add(asyncId);
      }
    },
    destroy(asyncId) {
      pending.delete(asyncId);
    },
  });
  hook.enable();
  try {
    await act();
    // Node reports a cleared timer's end on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    hook.disable();
  }
  return pending.size;
}

describe("a bank call's deadline", () => {
  it('leaves no timer behind once the bank has answered', async () => {
    // Prepare
    const upstream = new BankUpstream(apiBaseUrl, undefined, {
      timeouts: { connectMs: 3_000, totalMs: TOTAL_MS },
    });
    const call = (pathAndQuery: string) =>
      upstream.send({ method: 'GET', pathAndQuery, accessToken: 'token', requestId: 'r-1' });

    // Act
    const left = await pendingTimersOf(TOTAL_MS, async () => {
      await call('/v1/crypto');
      await call('/v1/crypto?delayMs=20');
    });

    // Assess
    expect(left).toBe(0);
    await upstream.close();
  });

  it('still cuts off a bank slower than the total timeout', async () => {
    // Prepare
    const upstream = new BankUpstream(apiBaseUrl, undefined, {
      timeouts: { connectMs: 1_000, totalMs: 200 },
    });

    // Act
    const startedAt = performance.now();
    const sent = upstream.send({
      method: 'GET',
      pathAndQuery: '/v1/crypto?delayMs=2000',
      accessToken: 'token',
      requestId: 'r-2',
    });

    // Assess
    await expect(sent).rejects.toThrow();
    expect(performance.now() - startedAt).toBeLessThan(1_500);
    await upstream.close();
  });
});
