import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSberClient,
  SberConnectionError,
  SberServerError,
  SberTimeoutError,
  SberUnavailableError,
  SberValidationError,
} from '../../src/index.js';
import { fakeAccessToken, fastBackoff } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
const card = { corpCardId: cardId, limits: [{ code: 'NON_RENEW', amount: 1000 }] };
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

function client(options: { maxRetries?: number; timeoutMs?: number } = {}) {
  return createSberClient({
    environment: bank.apiBaseUrl,
    accessToken: fakeAccessToken(),
    backoff: fastBackoff,
    ...options,
  });
}

describe('retries', () => {
  it.each([429, 500, 503])('retries HTTP %i and returns the later success', async (status) => {
    // Prepare
    bank.replies({ status, body: {} }, { status: 200, body: card });

    // Act
    const result = await client().getCorporateCard(cardId);

    // Assess
    expect(result).toEqual(card);
    expect(bank.requests).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    // Prepare
    bank.replies({ drop: true }, { status: 200, body: card });

    // Act
    const result = await client().getCorporateCard(cardId);

    // Assess
    expect(result).toEqual(card);
    expect(bank.requests).toHaveLength(2);
  });

  it('retries a timed-out attempt', async () => {
    // Prepare
    bank.replies({ status: 200, body: card, delayMs: 500 }, { status: 200, body: card });

    // Act
    const result = await client({ timeoutMs: 100 }).getCorporateCard(cardId);

    // Assess
    expect(result).toEqual(card);
    expect(bank.requests).toHaveLength(2);
  });

  it('gives up after maxRetries retries (2 by default) with the last error', async () => {
    // Prepare
    bank.replies({ status: 500, body: { cause: 'UNKNOWN_EXCEPTION', referenceId: 'last' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberServerError);
    expect(failure).toMatchObject({ referenceId: 'last' });
    expect(bank.requests).toHaveLength(3);
  });

  it('takes maxRetries per call over the client setting', async () => {
    // Prepare
    bank.replies({ status: 503, body: {} });

    // Act
    await client({ maxRetries: 5 })
      .getCorporateCard(cardId, { maxRetries: 1 })
      .catch(() => undefined);

    // Assess
    expect(bank.requests).toHaveLength(2);
  });

  it('waits as long as Retry-After says', async () => {
    // Prepare
    bank.replies(
      { status: 503, body: {}, headers: { 'retry-after': '1' } },
      { status: 200, body: card },
    );
    const started = performance.now();

    // Act
    await client().getCorporateCard(cardId);

    // Assess
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(bank.requests).toHaveLength(2);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs', async () => {
    // Prepare
    bank.replies({ status: 503, body: {}, headers: { 'retry-after': '3600' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ retryAfterMs: 3_600_000 });
    expect(failure).toBeInstanceOf(SberUnavailableError);
    expect(bank.requests).toHaveLength(1);
  });

  it('does not retry what cannot succeed on a second try', async () => {
    // Prepare
    bank.replies({ status: 400, body: { cause: 'VALIDATION_FAULT' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberValidationError);
    expect(bank.requests).toHaveLength(1);
  });

  it('ends with a connection error, then a timeout error, when every attempt fails so', async () => {
    // Prepare
    bank.replies({ drop: true });
    const dropped = await client({ maxRetries: 1 })
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);
    bank.replies({ status: 200, body: card, delayMs: 300 });

    // Act
    const timedOut = await client({ maxRetries: 1, timeoutMs: 50 })
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(dropped).toBeInstanceOf(SberConnectionError);
    expect(timedOut).toBeInstanceOf(SberTimeoutError);
    expect(timedOut).toMatchObject({ timeoutMs: 50 });
  });
});
