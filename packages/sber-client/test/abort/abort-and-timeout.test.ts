import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, SberAbortError, SberTimeoutError } from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

function client() {
  return createSberClient({ environment: bank.apiBaseUrl, accessToken: fakeAccessToken() });
}

describe('abort and timeout', () => {
  it('an abort during a request ends the call at once, without retries', async () => {
    // Prepare: the bank holds its answer, and the caller gives up once the request has arrived
    const controller = new AbortController();
    bank.script(() => {
      controller.abort();
      return { status: 200, body: {}, delayMs: 2_000 };
    });
    const started = performance.now();

    // Act
    const failure = await client()
      .getCorporateCard(cardId, { signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(bank.requests).toHaveLength(1);
  });

  it('an abort during the wait between attempts ends the call at once', async () => {
    // Prepare: the bank asks for 30 s of patience, and the caller gives up 100 ms after asking
    const controller = new AbortController();
    bank.script(() => {
      setTimeout(() => controller.abort(new Error('user left')), 100);
      return { status: 503, body: {}, headers: { 'retry-after': '30' } };
    });

    // Act
    const failure = await client()
      .getCorporateCard(cardId, { signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
    expect(failure).toMatchObject({ cause: new Error('user left') });
    expect(bank.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    // Prepare
    bank.replies({ status: 200, body: {} });

    // Act
    const failure = await client()
      .getCorporateCard(cardId, { signal: AbortSignal.abort() })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
    expect(bank.requests).toHaveLength(0);
  });

  it('timeoutMs per call limits each attempt', async () => {
    // Prepare
    bank.replies({ status: 200, body: {}, delayMs: 1_000 });

    // Act
    const failure = await client()
      .getCorporateCard(cardId, { timeoutMs: 60, maxRetries: 0 })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberTimeoutError);
    expect(failure).toMatchObject({ timeoutMs: 60, operationId: 'getCorporateCard' });
  });
});
