import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, SberUnauthorizedError, type TokenRequest } from '../../src/index.js';
import { fakeAccessToken, fastBackoff } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

/** A provider that hands out a new token on each forced refresh and records what it was asked. */
function rotatingProvider() {
  const asked: TokenRequest[] = [];
  let current = fakeAccessToken();
  const provider = (request: TokenRequest) => {
    asked.push(request);
    if (request.forceRefresh) current = fakeAccessToken();
    return Promise.resolve(current);
  };
  return { asked, provider, current: () => current };
}

describe('token provider', () => {
  it('is asked for a token before every request, sent as a bearer token', async () => {
    // Prepare
    const tokens = rotatingProvider();
    bank.replies({ status: 200, body: {} });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      tokenProvider: tokens.provider,
    });

    // Act
    await client.getCorporateCard(cardId);
    await client.getCryptoInfo();

    // Assess
    expect(tokens.asked.map((request) => request.forceRefresh)).toEqual([false, false]);
    expect(bank.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${tokens.current()}`,
      `Bearer ${tokens.current()}`,
    ]);
  });

  it('after a 401 is asked once more with forceRefresh, and the request is repeated with the new token', async () => {
    // Prepare
    const tokens = rotatingProvider();
    bank.script((request) =>
      request.headers.authorization === `Bearer ${tokens.current()}` && tokens.asked.length > 1
        ? { status: 200, body: { corpCardId: cardId } }
        : { status: 401, body: { cause: 'UNAUTHORIZED' } },
    );
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      tokenProvider: tokens.provider,
    });

    // Act
    const result = await client.getCorporateCard(cardId);

    // Assess
    expect(result).toEqual({ corpCardId: cardId });
    expect(tokens.asked.map((request) => request.forceRefresh)).toEqual([false, true]);
    expect(bank.requests).toHaveLength(2);
  });

  it('refreshes only once: a second 401 is an error', async () => {
    // Prepare
    const tokens = rotatingProvider();
    bank.replies({ status: 401, body: { cause: 'UNAUTHORIZED' } });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      tokenProvider: tokens.provider,
      backoff: fastBackoff,
    });

    // Act
    const failure = await client.getCorporateCard(cardId).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberUnauthorizedError);
    expect(tokens.asked.map((request) => request.forceRefresh)).toEqual([false, true]);
    expect(bank.requests).toHaveLength(2);
  });

  it('with a fixed access token a 401 is final at once', async () => {
    // Prepare
    bank.replies({ status: 401, body: { cause: 'UNAUTHORIZED' } });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
    });

    // Act
    const failure = await client.getCorporateCard(cardId).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberUnauthorizedError);
    expect(bank.requests).toHaveLength(1);
  });
});
