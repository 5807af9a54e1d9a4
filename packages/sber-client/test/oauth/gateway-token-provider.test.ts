import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createGatewayTokenProvider,
  createSberClient,
  SberConfigurationError,
  SberOAuthError,
  SberProtocolError,
} from '../../src/index.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
const clientId = 'app_0f3c:partner';
const clientSecret = 'cs_live+/=secret value';
let gateway: LoopbackBank;
let tokenEndpoint: ScriptedServer;
beforeAll(async () => {
  [gateway, tokenEndpoint] = await Promise.all([LoopbackBank.start(), ScriptedServer.start()]);
});
afterAll(() => Promise.all([gateway.close(), tokenEndpoint.close()]));
afterEach(() => vi.useRealTimers());

/** The gateway's token endpoint: a new 15-minute token `g<n>` for each request. */
function issuingEndpoint(delayMs = 0) {
  tokenEndpoint.script((_, index) => ({
    status: 200,
    delayMs,
    headers: { 'cache-control': 'no-store' },
    body: { access_token: `g${index + 1}`, token_type: 'Bearer', expires_in: 900 },
  }));
}

function client() {
  gateway.replies({ status: 200, body: { corpCardId: cardId } });
  return createSberClient({
    environment: gateway.apiBaseUrl,
    tokenProvider: createGatewayTokenProvider({
      tokenUrl: `${tokenEndpoint.origin}/oauth/token`,
      clientId,
      clientSecret,
    }),
  });
}

function bearersSent(): (string | undefined)[] {
  return gateway.requests.map((request) => request.headers.authorization);
}

/** The Client ID and Client Secret as the gateway reads them from HTTP Basic (RFC 6749 §2.3.1). */
function basicCredentials(authorization: string | undefined): [string, string] {
  const decoded = atob((authorization ?? '').replace(/^Basic /, ''));
  const colon = decoded.indexOf(':');
  const part = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  return [part(decoded.slice(0, colon)), part(decoded.slice(colon + 1))];
}

describe('the cards gateway token provider', () => {
  it('asks for a client-credentials token by HTTP Basic once, then serves it from memory', async () => {
    // Prepare
    issuingEndpoint();
    const gatewayClient = client();

    // Act
    for (let call = 0; call < 4; call += 1) await gatewayClient.getCorporateCard(cardId);

    // Assess
    expect(tokenEndpoint.requests).toHaveLength(1);
    const [request] = tokenEndpoint.requests;
    expect(request?.url).toBe('/oauth/token');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.body).toBe('grant_type=client_credentials');
    expect(basicCredentials(request?.headers.authorization)).toEqual([clientId, clientSecret]);
    expect(bearersSent()).toEqual(Array(4).fill('Bearer g1'));
  });

  it('asks once for many calls that need a token at the same time', async () => {
    // Prepare
    issuingEndpoint(100);
    const gatewayClient = client();

    // Act
    await Promise.all(Array.from({ length: 8 }, () => gatewayClient.getCorporateCard(cardId)));

    // Assess
    expect(tokenEndpoint.requests).toHaveLength(1);
    expect(bearersSent()).toEqual(Array(8).fill('Bearer g1'));
  });

  it('gets the next token in the minute before the current one expires', async () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'] });
    issuingEndpoint();
    const gatewayClient = client();

    // Act
    await gatewayClient.getCorporateCard(cardId);
    vi.setSystemTime(Date.now() + 900_000 - 61_000);
    await gatewayClient.getCorporateCard(cardId);
    vi.setSystemTime(Date.now() + 2_000);
    await gatewayClient.getCorporateCard(cardId);
    await gatewayClient.getCorporateCard(cardId);

    // Assess
    expect(bearersSent()).toEqual(['Bearer g1', 'Bearer g1', 'Bearer g2', 'Bearer g2']);
    expect(tokenEndpoint.requests).toHaveLength(2);
  });

  it('gets a new token after the gateway refuses the current one', async () => {
    // Prepare
    issuingEndpoint();
    const gatewayClient = client();
    gateway.script((request) =>
      request.headers.authorization === 'Bearer g2'
        ? { status: 200, body: { corpCardId: cardId } }
        : { status: 401, body: { cause: 'UNAUTHORIZED', message: 'token revoked' } },
    );

    // Act
    const card = await gatewayClient.getCorporateCard(cardId);

    // Assess
    expect(card).toEqual({ corpCardId: cardId });
    expect(bearersSent()).toEqual(['Bearer g1', 'Bearer g2']);
  });

  it('turns invalid_client into SberOAuthError naming the gateway, without the secret', async () => {
    // Prepare
    tokenEndpoint.replies({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="cards-gateway"' },
      body: { error: 'invalid_client', error_description: 'Client authentication failed' },
    });
    const gatewayClient = client();

    // Act
    const failure = await gatewayClient.getCorporateCard(cardId).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberOAuthError);
    expect(failure).toMatchObject({
      status: 401,
      error: 'invalid_client',
      issuer: 'the cards gateway',
      retryAfterMs: undefined,
    });
    expect((failure as Error).message).toBe(
      'the cards gateway refused the token request: invalid_client (Client authentication failed)',
    );
    expect(JSON.stringify(failure)).not.toContain('secret');
    expect(gateway.requests).toHaveLength(0);
  });

  it('reports slow_down with the wait the gateway asked for', async () => {
    // Prepare
    tokenEndpoint.replies({
      status: 429,
      headers: { 'retry-after': '30' },
      body: { error: 'slow_down', error_description: 'Too many failed attempts' },
    });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberOAuthError);
    expect(failure).toMatchObject({ status: 429, error: 'slow_down', retryAfterMs: 30_000 });
  });

  it('refuses an answer without a usable token as a protocol error', async () => {
    // Prepare
    tokenEndpoint.replies({ status: 200, body: { access_token: 'g1', token_type: 'mac' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberProtocolError);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses refreshAheadMs %s when it is made',
    (refreshAheadMs) => {
      // Act
      const making = () =>
        createGatewayTokenProvider({
          tokenUrl: `${tokenEndpoint.origin}/oauth/token`,
          clientId,
          clientSecret,
          refreshAheadMs,
        });

      // Assess
      expect(making).toThrow(SberConfigurationError);
    },
  );
});
