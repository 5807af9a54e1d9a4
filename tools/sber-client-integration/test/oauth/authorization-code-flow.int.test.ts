import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import {
  createAuthorizationRequest,
  createSberClient,
  createSberTokenProvider,
  pkceChallengeOf,
  SberConnectionError,
  SberOAuthClient,
  SberOAuthError,
  sberOAuthEndpointsAt,
} from '@devportal/sber-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const redirectUri = 'http://127.0.0.1:3000/oauth/callback';
let sandbox: BankSandbox;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

function registeredClient() {
  const client = sandbox.clients.find((candidate) => candidate.clientId === 'devportal-sandbox');
  if (!client) throw new Error('the sandbox lost its default OAuth client');
  return client;
}

function oauthClient(clientSecret = registeredClient().clientSecret) {
  return new SberOAuthClient({
    tokenUrl: sberOAuthEndpointsAt(sandbox.url).tokenUrl,
    clientId: registeredClient().clientId,
    clientSecret,
  });
}

/** Runs the browser's half: opens the authorize URL and reads the redirect's query. */
async function consent(scopes: string[] = ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS']) {
  const request = createAuthorizationRequest({
    authorizeUrl: sberOAuthEndpointsAt(sandbox.url).authorizeUrl,
    clientId: registeredClient().clientId,
    redirectUri,
    scopes,
  });
  const response = await fetch(request.url, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? '');
  return { request, code: location.searchParams.get('code') ?? '', location };
}

describe('the authorize URL', () => {
  it('carries the client, the scopes with openid, a fresh state and an S256 PKCE challenge', () => {
    const request = createAuthorizationRequest({
      authorizeUrl: 'https://sbi.example/ic/sso/api/v2/oauth/authorize',
      clientId: 'partner',
      redirectUri,
      scopes: ['BUSINESS_CARD_LIMIT'],
      loginHint: 'romashka.director',
    });

    const query = new URL(request.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      response_type: 'code',
      client_id: 'partner',
      redirect_uri: redirectUri,
      scope: 'openid BUSINESS_CARD_LIMIT',
      state: request.state,
      code_challenge: pkceChallengeOf(request.codeVerifier),
      code_challenge_method: 'S256',
      login_hint: 'romashka.director',
    });
    expect(request.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(request.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(
      createAuthorizationRequest({
        ...sberOAuthEndpointsAt('https://x'),
        clientId: 'c',
        redirectUri,
        scopes: [],
      }).state,
    ).not.toBe(request.state);
  });
});

describe('the code exchange against the bank sandbox', () => {
  it('returns tokens the bank API accepts, and the state comes back unchanged', async () => {
    const { request, code, location } = await consent();

    const tokens = await oauthClient().exchangeCode({
      code,
      redirectUri,
      codeVerifier: request.codeVerifier,
    });

    expect(location.searchParams.get('state')).toBe(request.state);
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(tokens.scopes).toEqual(
      expect.arrayContaining(['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS']),
    );
    const bank = createSberClient({
      environment: sandbox.apiBaseUrl,
      accessToken: tokens.accessToken,
    });
    const page = await bank.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
    expect(page.cards.length).toBeGreaterThan(0);
  });

  it('refuses a wrong PKCE verifier, and a code used twice', async () => {
    const wrongVerifier = await consent();
    const reused = await consent();
    const grant = { code: reused.code, redirectUri, codeVerifier: reused.request.codeVerifier };
    await oauthClient().exchangeCode(grant);

    const refusals = await Promise.all([
      oauthClient()
        .exchangeCode({ code: wrongVerifier.code, redirectUri, codeVerifier: 'x'.repeat(43) })
        .catch((error: unknown) => error),
      oauthClient()
        .exchangeCode(grant)
        .catch((error: unknown) => error),
    ]);

    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(SberOAuthError);
      expect(refusal).toMatchObject({ status: 400, error: 'invalid_grant' });
    }
  });

  it('refuses a wrong client secret as invalid_client', async () => {
    const { request, code } = await consent();

    const refusal = await oauthClient('not-the-secret')
      .exchangeCode({ code, redirectUri, codeVerifier: request.codeVerifier })
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(SberOAuthError);
    expect(refusal).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(String(refusal)).not.toContain('not-the-secret');
  });
});

describe('the refresh', () => {
  it('rotates the tokens, and the new access token works', async () => {
    const { request, code } = await consent();
    const first = await oauthClient().exchangeCode({
      code,
      redirectUri,
      codeVerifier: request.codeVerifier,
    });

    const renewed = await oauthClient().refresh(first.refreshToken);

    expect(renewed.accessToken).not.toBe(first.accessToken);
    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    const bank = createSberClient({
      environment: sandbox.apiBaseUrl,
      accessToken: renewed.accessToken,
    });
    await expect(bank.getBusinessCardPage({ statusCodes: ['ACTIVE'] })).resolves.toBeDefined();
  });

  it('runs the refreshing token provider on a stored refresh token, and hands over each rotated one', async () => {
    // Prepare: a refresh token stored from an earlier consent
    const { request, code } = await consent();
    const { refreshToken } = await oauthClient().exchangeCode({
      code,
      redirectUri,
      codeVerifier: request.codeVerifier,
    });
    const stored: string[] = [];
    const providerOn = (startFrom: string) =>
      createSberTokenProvider({
        oauth: oauthClient(),
        tokens: { refreshToken: startFrom },
        onRefreshToken: (rotated) => {
          stored.push(rotated);
        },
      });

    // Act: one process after another, each starting from what the previous one stored
    const first = createSberClient({
      environment: sandbox.apiBaseUrl,
      tokenProvider: providerOn(refreshToken),
    });
    const pages = await Promise.all([1, 2, 3].map(() => first.getBusinessCardPage()));
    const second = createSberClient({
      environment: sandbox.apiBaseUrl,
      tokenProvider: providerOn(stored.at(-1) ?? ''),
    });
    const card = await second.getCorporateCard(pages[0]?.cards[0]?.businessCardId ?? '');

    // Assess
    expect(pages.every((page) => page.cards.length > 0)).toBe(true);
    expect(card.corpCardId).toBe(pages[0]?.cards[0]?.businessCardId);
    expect(stored).toHaveLength(2);
    expect(new Set([refreshToken, ...stored]).size).toBe(3);
  });

  it('reports an unreachable token endpoint as a connection error', async () => {
    const unreachable = new SberOAuthClient({
      tokenUrl: 'http://127.0.0.1:9/ic/sso/api/v2/oauth/token',
      clientId: 'c',
      clientSecret: 's',
    });

    await expect(unreachable.refresh('r')).rejects.toBeInstanceOf(SberConnectionError);
  });
});
