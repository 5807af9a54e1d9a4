import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createSberClient,
  createSberTokenProvider,
  SberOAuthClient,
  SberOAuthError,
  type SberTokenSet,
  sberOAuthEndpointsAt,
} from '../../src/index.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
const clientSecret = 'the-client-secret-0123456789';
let bank: LoopbackBank;
let sso: ScriptedServer;
beforeAll(async () => {
  [bank, sso] = await Promise.all([LoopbackBank.start(), ScriptedServer.start()]);
});
afterAll(() => Promise.all([bank.close(), sso.close()]));
afterEach(() => vi.useRealTimers());

/** SberBusiness ID that rotates the tokens on every refresh: access `a<n>`, refresh `r<n>`. */
function rotatingSso(delayMs = 0) {
  sso.script((_, index) => ({
    status: 200,
    delayMs,
    body: {
      access_token: `a${index + 1}`,
      refresh_token: `r${index + 1}`,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'openid BUSINESS_CARD_LIMIT',
    },
  }));
}

/** The bank accepts any token; what it was sent is in `bank.requests`. */
function acceptingBank() {
  bank.replies({ status: 200, body: { corpCardId: cardId } });
}

function oauth() {
  return new SberOAuthClient({
    tokenUrl: sberOAuthEndpointsAt(sso.origin).tokenUrl,
    clientId: 'partner-app',
    clientSecret,
  });
}

function clientWith(tokens: SberTokenSet | { refreshToken: string }) {
  const reported: string[] = [];
  const client = createSberClient({
    environment: bank.apiBaseUrl,
    tokenProvider: createSberTokenProvider({
      oauth: oauth(),
      tokens,
      onRefreshToken: (refreshToken) => {
        reported.push(refreshToken);
      },
    }),
  });
  return { client, reported };
}

function refreshTokensSent(): (string | null)[] {
  return sso.requests.map((request) => new URLSearchParams(request.body).get('refresh_token'));
}

function bearersSent(): (string | undefined)[] {
  return bank.requests.map((request) => request.headers.authorization);
}

const freshSet: SberTokenSet = {
  accessToken: 'a0',
  refreshToken: 'r0',
  tokenType: 'Bearer',
  expiresIn: 3600,
  scopes: ['openid'],
};

describe('the SberBusiness ID token provider', () => {
  it('refreshes a stored refresh token once, then serves the cached access token', async () => {
    // Prepare
    rotatingSso();
    acceptingBank();
    const { client, reported } = clientWith({ refreshToken: 'r0' });

    // Act
    for (let call = 0; call < 5; call += 1) await client.getCorporateCard(cardId);

    // Assess
    expect(refreshTokensSent()).toEqual(['r0']);
    expect(new URLSearchParams(sso.requests[0]?.body)).toEqual(
      new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'r0',
        client_id: 'partner-app',
        client_secret: clientSecret,
      }),
    );
    expect(bearersSent()).toEqual(Array(5).fill('Bearer a1'));
    expect(reported).toEqual(['r1']);
  });

  it('refreshes once for many calls that need a token at the same time', async () => {
    // Prepare: the refresh takes a while, so every call waits for it
    rotatingSso(100);
    acceptingBank();
    const { client, reported } = clientWith({ refreshToken: 'r0' });

    // Act
    await Promise.all(Array.from({ length: 10 }, () => client.getCorporateCard(cardId)));

    // Assess
    expect(sso.requests).toHaveLength(1);
    expect(bearersSent()).toEqual(Array(10).fill('Bearer a1'));
    expect(reported).toEqual(['r1']);
  });

  it('uses the exchanged set until its access token nears expiry, then refreshes with the rotated token', async () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'] });
    rotatingSso();
    acceptingBank();
    const { client, reported } = clientWith(freshSet);

    // Act
    await client.getCorporateCard(cardId);
    vi.setSystemTime(Date.now() + 3_600_000 - 59_000); // within the minute before expiry
    await client.getCorporateCard(cardId);
    await client.getCorporateCard(cardId);
    vi.setSystemTime(Date.now() + 3_600_000);
    await client.getCorporateCard(cardId);

    // Assess
    expect(bearersSent()).toEqual(['Bearer a0', 'Bearer a1', 'Bearer a1', 'Bearer a2']);
    expect(refreshTokensSent()).toEqual(['r0', 'r1']);
    expect(reported).toEqual(['r1', 'r2']);
  });

  it('refreshes after the bank refuses the access token, and repeats the call', async () => {
    // Prepare
    rotatingSso();
    bank.script((request) =>
      request.headers.authorization === 'Bearer a1'
        ? { status: 200, body: { corpCardId: cardId } }
        : { status: 401, body: { cause: 'UNAUTHORIZED', message: 'token revoked' } },
    );
    const { client, reported } = clientWith(freshSet);

    // Act
    const card = await client.getCorporateCard(cardId);

    // Assess
    expect(card).toEqual({ corpCardId: cardId });
    expect(bearersSent()).toEqual(['Bearer a0', 'Bearer a1']);
    expect(reported).toEqual(['r1']);
  });

  it('turns a refused refresh into SberOAuthError, without the secret in its message', async () => {
    // Prepare
    sso.replies({
      status: 401,
      body: { error: 'invalid_client', error_description: 'Client authentication failed' },
    });
    acceptingBank();
    const { client, reported } = clientWith({ refreshToken: 'r0' });

    // Act
    const failure = await client.getCorporateCard(cardId).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberOAuthError);
    expect(failure).toMatchObject({
      status: 401,
      error: 'invalid_client',
      issuer: 'SberBusiness ID',
    });
    expect(String((failure as Error).message)).not.toContain(clientSecret);
    expect(String((failure as Error).message)).not.toContain('r0');
    expect(bank.requests).toHaveLength(0);
    expect(reported).toEqual([]);
  });

  it('calls the hook again with the same tokens after it failed, without refreshing again', async () => {
    // Prepare
    rotatingSso();
    acceptingBank();
    const seen: string[] = [];
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      tokenProvider: createSberTokenProvider({
        oauth: oauth(),
        tokens: { refreshToken: 'r0' },
        onRefreshToken: (refreshToken) => {
          seen.push(refreshToken);
          if (seen.length === 1) throw new Error('the vault is down');
        },
      }),
    });

    // Act
    const first = await client.getCorporateCard(cardId).catch((error: unknown) => error);
    await client.getCorporateCard(cardId);

    // Assess
    expect(first).toEqual(new Error('the vault is down'));
    expect(seen).toEqual(['r1', 'r1']);
    expect(sso.requests).toHaveLength(1);
    expect(bearersSent()).toEqual(['Bearer a1']);
  });

  it('lets an aborted call stop waiting while the refresh goes on for the others', async () => {
    // Prepare
    rotatingSso(200);
    acceptingBank();
    const { client, reported } = clientWith({ refreshToken: 'r0' });
    const controller = new AbortController();

    // Act
    const leaving = client
      .getCorporateCard(cardId, { signal: controller.signal })
      .catch((error: unknown) => error);
    const staying = client.getCorporateCard(cardId);
    setTimeout(() => controller.abort(), 20);

    // Assess
    expect(await leaving).toMatchObject({ name: 'SberAbortError' });
    await expect(staying).resolves.toEqual({ corpCardId: cardId });
    expect(sso.requests).toHaveLength(1);
    expect(reported).toEqual(['r1']);
  });
});
