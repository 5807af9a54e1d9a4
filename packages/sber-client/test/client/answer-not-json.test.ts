import { describe, expect, it } from 'vitest';
import { createSberClient, SberProtocolError } from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';

describe('an answer that is not JSON', () => {
  it('is a protocol error, while a token provider’s own failure reaches the caller as thrown', async () => {
    // Prepare: what is under test is the parsing of the answer, not the socket
    const notJson = () =>
      Promise.resolve(
        new Response('{"corpCardId":', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    const parsing = createSberClient({
      environment: 'http://bank.invalid/fintech/api',
      accessToken: fakeAccessToken(),
      fetch: notJson,
    });
    const vaultDown = new Error('the vault is down');
    const failingProvider = createSberClient({
      environment: 'http://bank.invalid/fintech/api',
      tokenProvider: () => Promise.reject(vaultDown),
      fetch: notJson,
    });
    const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';

    // Act
    const [unparsed, unauthenticated] = await Promise.all([
      parsing.getCorporateCard(cardId).catch((error: unknown) => error),
      failingProvider.getCorporateCard(cardId).catch((error: unknown) => error),
    ]);

    // Assess
    expect(unparsed).toBeInstanceOf(SberProtocolError);
    expect(unparsed).toMatchObject({ operationId: 'getCorporateCard' });
    expect(unauthenticated).toBe(vaultDown);
  });
});
