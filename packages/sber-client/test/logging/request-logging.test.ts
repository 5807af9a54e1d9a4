import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, type SberRequestLogEvent } from '../../src/index.js';
import { fakeAccessToken, fastBackoff } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

describe('logging hook', () => {
  it('gets one event per exchange with id, method, path, status, duration and retry count', async () => {
    // Prepare
    const events: SberRequestLogEvent[] = [];
    bank.replies({ status: 500, body: {} }, { drop: true }, { status: 200, body: {} });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
      backoff: fastBackoff,
      logger: (event) => events.push(event),
    });

    // Act
    await client.getCorporateCard(cardId);

    // Assess
    expect(
      events.map(({ outcome, status, retryCount }) => ({ outcome, status, retryCount })),
    ).toEqual([
      { outcome: 'response', status: 500, retryCount: 0 },
      { outcome: 'network-error', status: undefined, retryCount: 1 },
      { outcome: 'response', status: 200, retryCount: 2 },
    ]);
    expect(new Set(events.map((event) => event.callId)).size).toBe(1);
    expect(events[0]).toMatchObject({
      operationId: 'getCorporateCard',
      method: 'GET',
      path: `/fintech/api/v1/corporate-cards/${cardId}`,
      durationMs: expect.any(Number),
    });
  });

  it('never sees the token: Authorization is redacted', async () => {
    // Prepare
    const token = fakeAccessToken();
    const events: SberRequestLogEvent[] = [];
    bank.replies({
      status: 401,
      body: { cause: 'UNAUTHORIZED', message: `accessToken not found by value =${token}` },
    });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      tokenProvider: () => token,
      logger: (event) => events.push(event),
    });

    // Act
    await client.getCorporateCard(cardId).catch(() => undefined);

    // Assess
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      tokenRefreshed: true,
      requestHeaders: { authorization: '[REDACTED]' },
    });
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it('a throwing logger does not fail the call', async () => {
    // Prepare
    bank.replies({ status: 200, body: { corpCardId: cardId } });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
      logger: () => {
        throw new Error('log sink down');
      },
    });

    // Act
    const card = await client.getCorporateCard(cardId);

    // Assess
    expect(card).toEqual({ corpCardId: cardId });
  });
});
