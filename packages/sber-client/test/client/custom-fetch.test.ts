import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, type FetchFunction } from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

describe('custom fetch', () => {
  it('sends every attempt through the injected fetch', async () => {
    // Prepare
    const seen: string[] = [];
    const tracingFetch: FetchFunction = (input, init) => {
      seen.push(`${input.method} ${new URL(input.url).pathname}`);
      return fetch(input, init);
    };
    bank.replies({ status: 500, body: {} }, { status: 200, body: { certificateInfos: [] } });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
      fetch: tracingFetch,
      backoff: { initialDelayMs: 1 },
    });

    // Act
    const info = await client.getCryptoInfo();

    // Assess
    expect(info).toEqual({ certificateInfos: [] });
    expect(seen).toEqual(['GET /fintech/api/v1/crypto', 'GET /fintech/api/v1/crypto']);
  });
});
