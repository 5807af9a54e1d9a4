import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  ManualClock,
  type OrganizationSummary,
  startBankSandbox,
  TOKEN_LIFETIMES,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
const clock = new ManualClock(Date.parse('2026-03-02T09:00:00Z'));

const CLIENT = { id: 'devportal-sandbox', secret: 'sandbox-secret' };
const REDIRECT = 'http://localhost:3000/oauth/callback';
const SCOPE = 'openid BUSINESS_CARD_LIMIT CORPORATE_CARDS';
const AUTHORIZE = '/ic/sso/api/v2/oauth/authorize';
const TOKEN = '/ic/sso/api/v2/oauth/token';
const TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-1$/;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, clock });
  call = contractFetch(sandbox.url);
});
afterAll(() => sandbox.close());

function authorizeUrl(params: Record<string, string> = {}) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT.id,
    redirect_uri: REDIRECT,
    scope: SCOPE,
    state: 'xyz-42',
    ...params,
  });
  return `${AUTHORIZE}?${query}`;
}

async function authorize(params: Record<string, string> = {}) {
  const response = await call(authorizeUrl(params));
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

async function code(params: Record<string, string> = {}) {
  const location = await authorize(params);
  return location.searchParams.get('code') ?? '';
}

function token(form: Record<string, string>, headers: Record<string, string> = {}) {
  return call(TOKEN, {
    body: new URLSearchParams(form),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

const exchange = (authorizationCode: string, extra: Record<string, string> = {}) =>
  token({
    grant_type: 'authorization_code',
    code: authorizationCode,
    redirect_uri: REDIRECT,
    client_id: CLIENT.id,
    client_secret: CLIENT.secret,
    ...extra,
  });

const refresh = (refreshToken: string) =>
  token({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: CLIENT.id,
    client_secret: CLIENT.secret,
  });

const listCards = (accessToken: string) =>
  call('/fintech/api/v1/business-cards?page=1&statusCodes=ACTIVE', { token: accessToken });

describe('authorization code flow', () => {
  it('authorize → code → token → API → refresh', async () => {
    const location = await authorize();
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('xyz-42');

    const tokens = await exchange(location.searchParams.get('code') ?? '');
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    expect(tokens.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: SCOPE,
    });
    expect(tokens.body.access_token).toMatch(TOKEN_PATTERN);
    expect((await listCards(tokens.body.access_token)).status).toBe(200);

    const renewed = await refresh(tokens.body.refresh_token);
    expect(renewed.status).toBe(200);
    expect(renewed.body.access_token).not.toBe(tokens.body.access_token);
    expect(renewed.body.refresh_token).not.toBe(tokens.body.refresh_token);
    expect((await listCards(renewed.body.access_token)).status).toBe(200);
  });

  it('binds the token to the user named by login_hint and its organisation', async () => {
    const vector = sandbox.organizations[1] as OrganizationSummary;
    const tokens = await exchange(await code({ login_hint: 'vector.director' }));
    const { body } = await call(
      `/fintech/api/v1/corporate-cards/${vector.cards[0]?.businessCardId}`,
      {
        token: tokens.body.access_token,
      },
    );
    expect(body.corpCardId).toBe(vector.cards[0]?.businessCardId);
  });

  it('grants only the scopes asked for', async () => {
    const tokens = await exchange(await code({ scope: 'BUSINESS_CARD_LIMIT' }));
    expect(tokens.body.scope).toBe('BUSINESS_CARD_LIMIT');
    const crypto = await call('/fintech/api/v1/crypto', { token: tokens.body.access_token });
    expect(crypto.status).toBe(403);
  });

  it('accepts client credentials by HTTP Basic', async () => {
    const authorizationCode = await code();
    const basic = Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64');
    const tokens = await token(
      { grant_type: 'authorization_code', code: authorizationCode, redirect_uri: REDIRECT },
      { authorization: `Basic ${basic}` },
    );
    expect(tokens.status).toBe(200);
  });

  it('checks a PKCE verifier when a challenge was sent', async () => {
    const verifier = 'a-verifier-of-the-sandbox-flow-that-is-long-enough-1234567';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const first = await code({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect((await exchange(first, { code_verifier: 'wrong' })).body.error).toBe('invalid_grant');
    const second = await code({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect((await exchange(second, { code_verifier: verifier })).status).toBe(200);
  });

  it('accepts any port of a registered loopback redirect URI (RFC 8252)', async () => {
    const location = await authorize({ redirect_uri: 'http://127.0.0.1:53111/oauth/callback' });
    expect(location.port).toBe('53111');
  });
});

describe('authorization code rules', () => {
  it('refuses a code used twice', async () => {
    const authorizationCode = await code();
    expect((await exchange(authorizationCode)).status).toBe(200);
    const again = await exchange(authorizationCode);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      error: 'invalid_grant',
      error_description: 'authorization code already used',
    });
  });

  it('refuses a code older than 2 minutes', async () => {
    const fresh = await code();
    const stale = await code();
    clock.advance(TOKEN_LIFETIMES.authorizationCodeSeconds * 1000 - 1);
    expect((await exchange(fresh)).status).toBe(200);
    clock.advance(1);
    expect((await exchange(stale)).body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'authorization code expired',
    });
  });

  it('refuses a code for another redirect URI', async () => {
    const result = await exchange(await code(), { redirect_uri: 'http://localhost:3000/other' });
    expect(result.body.error).toBe('invalid_grant');
  });

  it('refuses wrong client credentials with 401 invalid_client', async () => {
    const result = await exchange(await code(), { client_secret: 'guess' });
    expect(result.status).toBe(401);
    expect(result.body.error).toBe('invalid_client');
  });

  it('refuses an unknown grant type', async () => {
    const result = await token({
      grant_type: 'password',
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
    });
    expect(result.body.error).toBe('unsupported_grant_type');
  });
});

describe('authorize validation', () => {
  it('answers an unknown client with 400 and no redirect', async () => {
    const response = await call(authorizeUrl({ client_id: 'stranger' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.body.error).toBe('invalid_request');
  });

  it('answers an unregistered redirect URI with 400 and no redirect', async () => {
    const response = await call(authorizeUrl({ redirect_uri: 'https://evil.example/cb' }));
    expect(response.status).toBe(400);
  });

  it('redirects invalid_scope for a scope the client may not ask', async () => {
    const location = await authorize({
      client_id: 'devportal-cards-only',
      scope: 'BUSINESS_CARD_LIMIT CORPORATE_CARDS',
    });
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      error: 'invalid_scope',
      state: 'xyz-42',
    });
  });

  it('redirects unsupported_response_type', async () => {
    const location = await authorize({ response_type: 'token' });
    expect(location.searchParams.get('error')).toBe('unsupported_response_type');
  });
});

describe('token lifetimes', () => {
  it('expires the access token after 60 minutes', async () => {
    const tokens = await exchange(await code());
    clock.advance(TOKEN_LIFETIMES.accessTokenSeconds * 1000 - 1);
    expect((await listCards(tokens.body.access_token)).status).toBe(200);
    clock.advance(1);
    expect((await listCards(tokens.body.access_token)).status).toBe(401);
  });

  it('keeps the old refresh token valid 2 hours after a refresh, then refuses it', async () => {
    const tokens = await exchange(await code());
    const old = tokens.body.refresh_token;
    expect((await refresh(old)).status).toBe(200);
    clock.advance(TOKEN_LIFETIMES.refreshGraceSeconds * 1000 - 1000);
    expect((await refresh(old)).status).toBe(200);
    clock.advance(1000);
    const refused = await refresh(old);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'refresh token expired',
    });
  });

  it('expires a refresh token after 180 days', async () => {
    const tokens = await exchange(await code());
    clock.advance(TOKEN_LIFETIMES.refreshTokenSeconds * 1000);
    expect((await refresh(tokens.body.refresh_token)).body.error).toBe('invalid_grant');
  });
});
