import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providedTokens, type TokenRequest } from '../../src/index.js';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

function countingProvider() {
  const asked: TokenRequest[] = [];
  const provider = (request: TokenRequest) => {
    asked.push(request);
    return Promise.resolve(`token-${asked.length}`);
  };
  return { asked, provider };
}

describe('bearer tokens', () => {
  it('a 401 is answered once with a token fetched with forceRefresh', async () => {
    // Prepare
    const tokens = countingProvider();
    server.script((request) =>
      request.headers.authorization === 'Bearer token-2'
        ? { status: 200, body: { me: true } }
        : { status: 401 },
    );
    const transport = transportUnderTest({ tokens: providedTokens(tokens.provider) });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/me`), aCall());

    // Assess
    expect(response.status).toBe(200);
    expect(tokens.asked.map((request) => request.forceRefresh)).toEqual([false, true]);
  });

  it('a second 401 is the answer: refreshing once is enough to tell', async () => {
    // Prepare
    const tokens = countingProvider();
    server.replies({ status: 401 });
    const transport = transportUnderTest({ tokens: providedTokens(tokens.provider) });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/me`), aCall());

    // Assess
    expect(response.status).toBe(401);
    expect(server.requests).toHaveLength(2);
  });

  it('a fixed token gets no second try', async () => {
    // Prepare
    server.replies({ status: 401 });
    const transport = transportUnderTest();

    // Act
    await transport.send(new transport.Request(`${server.origin}/me`), aCall());

    // Assess
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer fixed-token',
    ]);
  });

  it('an anonymous call sends no Authorization and asks for no token', async () => {
    // Prepare
    const tokens = countingProvider();
    server.replies({ status: 200, body: {} });
    const transport = transportUnderTest({ tokens: providedTokens(tokens.provider) });

    // Act
    await transport.send(
      new transport.Request(`${server.origin}/callback`),
      aCall({ anonymous: true }),
    );

    // Assess
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(tokens.asked).toEqual([]);
  });
});
