import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createSberClient,
  SberAbortError,
  SberConfigurationError,
  SberNotFoundError,
  SberWaitTimeoutError,
} from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';
import { LoopbackBank, type Reply } from '../support/loopback-bank.js';

const originalSetTimeout = globalThis.setTimeout;
const originalClearTimeout = globalThis.clearTimeout;
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());
afterEach(() => vi.restoreAllMocks());

function client() {
  return createSberClient({ environment: bank.apiBaseUrl, accessToken: fakeAccessToken() });
}

function stateReply(bankStatus: string): Reply {
  return { status: 200, body: { bankStatus, bankComment: `now ${bankStatus}` } };
}

/** Records the timers of `ms` started and cleared from now on. */
function timersOf(ms: number) {
  const started: unknown[] = [];
  const cleared: unknown[] = [];
  const setTimer = vi.spyOn(globalThis, 'setTimeout');
  const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
  setTimer.mockImplementation(((handler: () => void, delay?: number, ...rest: unknown[]) => {
    const timer = (originalSetTimeout as (...parts: unknown[]) => unknown)(handler, delay, ...rest);
    if (delay === ms) started.push(timer);
    return timer;
  }) as typeof setTimeout);
  clearTimer.mockImplementation((timer) => {
    if (started.includes(timer)) cleared.push(timer);
    originalClearTimeout(timer);
  });
  return { started, cleared };
}

describe('waitForLimitChange', () => {
  it('reads the state until it is final and returns that state', async () => {
    // Prepare
    const externalId = randomUUID();
    bank.replies(stateReply('CREATED'), stateReply('SIGNED'), stateReply('IMPLEMENTED'));

    // Act
    const state = await client().waitForLimitChange(externalId, { intervalMs: 10 });

    // Assess
    expect(state).toEqual({ bankStatus: 'IMPLEMENTED', bankComment: 'now IMPLEMENTED' });
    expect(bank.requests.map((request) => request.url)).toEqual(
      Array(3).fill(`/fintech/api/v1/business-cards/limits/${externalId}/state`),
    );
  });

  it('keeps polling through a status it does not know, and stops at a refusal', async () => {
    // Prepare
    bank.replies(stateReply('QUEUED_IN_A_NEW_WAY'), stateReply('REFUSEDBYBANK'));

    // Act
    const state = await client().waitForLimitChange(randomUUID(), { intervalMs: 10 });

    // Assess
    expect(state.bankStatus).toBe('REFUSEDBYBANK');
    expect(bank.requests).toHaveLength(2);
  });

  it('rejects with the abort error when aborted between reads, and leaves no timer behind', async () => {
    // Prepare: the document stays in progress; the caller gives up once the first read is answered
    const pause = 60_000;
    const controller = new AbortController();
    const pauses = timersOf(pause);
    bank.replies(stateReply('ACCEPTED'));
    const waiting = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
      logger: () => setTimeout(() => controller.abort(new Error('user left')), 20),
    });
    const started = performance.now();

    // Act
    const failure = await waiting
      .waitForLimitChange(randomUUID(), { intervalMs: pause, signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
    expect(failure).toMatchObject({ cause: new Error('user left') });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(bank.requests).toHaveLength(1);
    expect(pauses.started).toHaveLength(1);
    expect(pauses.cleared).toEqual(pauses.started);
  });

  it('rejects with the abort error when aborted during a read', async () => {
    // Prepare
    const controller = new AbortController();
    bank.script(() => {
      controller.abort();
      return { ...stateReply('ACCEPTED'), delayMs: 2_000 };
    });

    // Act
    const failure = await client()
      .waitForLimitChange(randomUUID(), { intervalMs: 10, signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
    expect(bank.requests).toHaveLength(1);
  });

  it('gives up after timeoutMs with the last state it read', async () => {
    // Prepare: signed in the bank's UI by nobody, so it stays CREATED
    bank.replies(stateReply('CREATED'));

    // Act
    const failure = await client()
      .waitForLimitChange(randomUUID(), { intervalMs: 20, timeoutMs: 150 })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberWaitTimeoutError);
    expect(failure).toMatchObject({
      timeoutMs: 150,
      lastState: { bankStatus: 'CREATED' },
      operationId: 'getLimitChangeState',
    });
    expect(bank.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('ends on an error of a read: a document the bank does not know', async () => {
    // Prepare
    bank.replies({ status: 404, body: { cause: 'NOT_FOUND', message: 'no such document' } });

    // Act
    const failure = await client()
      .waitForLimitChange(randomUUID(), { intervalMs: 10 })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberNotFoundError);
    expect(bank.requests).toHaveLength(1);
  });

  it.each([
    ['intervalMs', { intervalMs: 0 }],
    ['intervalMs', { intervalMs: Number.POSITIVE_INFINITY }],
    ['intervalMs', { intervalMs: 2 ** 31 }],
    ['timeoutMs', { timeoutMs: -5 }],
    ['timeoutMs', { timeoutMs: Number.NaN }],
  ])('refuses a bad %s (%o) before reading anything', async (name, options) => {
    // Prepare
    bank.replies(stateReply('IMPLEMENTED'));

    // Act
    const failure = await client()
      .waitForLimitChange(randomUUID(), options)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberConfigurationError);
    expect(String(failure)).toContain(name);
    expect(bank.requests).toHaveLength(0);
  });
});
