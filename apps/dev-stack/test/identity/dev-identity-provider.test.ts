import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDevIdentityProvider } from '../../src/identity/dev-identity-provider.js';
import { loadOrCreateSigningKey } from '../../src/identity/signing-key.js';
import { UserDirectory } from '../../src/identity/user-directory.js';
import { serveOnLoopback } from '../serve-on-loopback.js';

const AUDIENCE = 'devportal-web';

async function startProvider(dataDirectory: string) {
  const mounted = new Hono();
  const server = await serveOnLoopback(mounted);
  const issuer = `${server.url}/idp`;
  const provider = createDevIdentityProvider({
    directory: await UserDirectory.open(join(dataDirectory, 'users.json')),
    signingKey: await loadOrCreateSigningKey(join(dataDirectory, 'signing-key.json')),
    issuer,
    audience: AUDIENCE,
  });
  mounted.route('/idp', provider.app);
  return { ...server, issuer, provider };
}

function post(url: string, body: Record<string, string>, form = false) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: form ? new URLSearchParams(body).toString() : JSON.stringify(body),
  });
}

describe('dev identity provider', () => {
  let dataDirectory: string;
  beforeEach(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'dev-idp-'));
  });
  afterEach(async () => {
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('registers a person and signs them in with a token its JWKS verifies', async () => {
    const idp = await startProvider(dataDirectory);
    try {
      const registered = await post(`${idp.issuer}/register`, {
        email: 'Anna@Example.com',
        password: 'correct horse battery',
        name: 'Anna',
        locale: 'en',
      });
      expect(registered.status).toBe(201);

      const signedIn = await post(
        `${idp.issuer}/token`,
        { grant_type: 'password', username: 'anna@example.com', password: 'correct horse battery' },
        true,
      );
      expect(signedIn.status).toBe(200);
      const { id_token: idToken, expires_in: expiresIn } = (await signedIn.json()) as {
        id_token: string;
        expires_in: number;
      };
      const discovery = (await (
        await fetch(`${idp.issuer}/.well-known/openid-configuration`)
      ).json()) as { jwks_uri: string };
      const { payload } = await jwtVerify(
        idToken,
        createRemoteJWKSet(new URL(discovery.jwks_uri)),
        {
          issuer: idp.issuer,
          audience: AUDIENCE,
        },
      );

      expect(expiresIn).toBe(3600);
      expect(payload).toMatchObject({
        email: 'anna@example.com',
        name: 'Anna',
        token_use: 'id',
        'cognito:groups': [],
        locale: 'en',
      });
      expect(payload.sub).toBe(((await registered.json()) as { id: string }).id);
    } finally {
      await idp.close();
    }
  });

  it('refuses a second registration of the same address, whatever its case', async () => {
    const idp = await startProvider(dataDirectory);
    try {
      await post(`${idp.issuer}/register`, {
        email: 'bob@example.com',
        password: 'long enough pw',
      });
      const again = await post(`${idp.issuer}/register`, {
        email: 'BOB@example.com',
        password: 'another long pw',
      });
      expect(again.status).toBe(409);
      expect(again.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      await idp.close();
    }
  });

  it('answers a bad registration with a problem naming every offending field', async () => {
    const idp = await startProvider(dataDirectory);
    try {
      const response = await post(`${idp.issuer}/register`, {
        email: 'not-an-address',
        password: 'short',
        locale: 'de',
      });
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((error) => error.field).sort()).toEqual([
        'body.email',
        'body.locale',
        'body.password',
      ]);
    } finally {
      await idp.close();
    }
  });

  it('refuses a wrong password and an unsupported grant', async () => {
    const idp = await startProvider(dataDirectory);
    try {
      await post(`${idp.issuer}/register`, {
        email: 'eve@example.com',
        password: 'the right one!',
      });
      const wrong = await post(`${idp.issuer}/token`, {
        grant_type: 'password',
        username: 'eve@example.com',
        password: 'the wrong one!',
      });
      const unsupported = await post(`${idp.issuer}/token`, { grant_type: 'client_credentials' });

      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
      expect(unsupported.status).toBe(400);
      expect(await unsupported.json()).toMatchObject({ error: 'unsupported_grant_type' });
    } finally {
      await idp.close();
    }
  });

  it('keeps people and its signing key across restarts, and never stores a password', async () => {
    const first = await startProvider(dataDirectory);
    await post(`${first.issuer}/register`, {
      email: 'kim@example.com',
      password: 'kept across restarts',
    });
    await first.close();

    const second = await startProvider(dataDirectory);
    try {
      const signedIn = await post(`${second.issuer}/token`, {
        grant_type: 'password',
        username: 'kim@example.com',
        password: 'kept across restarts',
      });
      expect(signedIn.status).toBe(200);
      const stored = await readFile(join(dataDirectory, 'users.json'), 'utf8');
      expect(stored).toContain('kim@example.com');
      expect(stored).not.toContain('kept across restarts');
      const firstKey = JSON.parse(await readFile(join(dataDirectory, 'signing-key.json'), 'utf8'));
      const jwks = (await (await fetch(`${second.issuer}/.well-known/jwks.json`)).json()) as {
        keys: { kid: string; d?: string }[];
      };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]?.kid).toBe(firstKey.kid);
      expect(jwks.keys[0]?.d).toBeUndefined();
    } finally {
      await second.close();
    }
  });
});
