import { createPrivateKey, type JsonWebKey, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpAnswer, send } from '../support/http-answer.js';
import { identitySigningKeyFile } from '../support/identity-signing-key.js';
import { type Person, signUp } from '../support/stack-session.js';

/** The audience of the stack's identity provider (dev-stack's LOCAL_AUDIENCE). */
const AUDIENCE = 'devportal-web';
const HOUR_S = 3_600;
const DAY_S = 24 * HOUR_S;

let person: Person;
let signingJwk: JsonWebKey & { kid?: string };

/** A JWT signed with the identity provider's own key, carrying exactly `claims`. */
function signedToken(claims: Record<string, unknown>): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode({ alg: 'ES256', kid: signingJwk.kid, typ: 'JWT' })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), {
    key: createPrivateKey({ key: signingJwk, format: 'jwk' }),
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${signature.toString('base64url')}`;
}

/** The claims the identity provider puts in a person's ID token, issued now for an hour. */
function idTokenClaims(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `${inject('stackUrl')}/idp`,
    aud: AUDIENCE,
    sub: person.userId,
    email: person.email,
    token_use: 'id',
    iat: now,
    exp: now + HOUR_S,
  };
}

function me(token: string): Promise<HttpAnswer> {
  return send('GET', `${inject('stackUrl')}/v1/me`, { bearer: token });
}

beforeAll(async () => {
  person = await signUp('token-claims');
  signingJwk = JSON.parse(await readFile(identitySigningKeyFile(inject('runDirectory')), 'utf8'));
});

describe('portal API: correctly signed tokens with claims the identity provider never issues', () => {
  it('accepts the identity provider’s own shape (the forging is faithful)', async () => {
    const answer = await me(signedToken(idTokenClaims()));
    expect(answer.status, answer.text).toBe(200);
  });

  const forged: Record<string, (claims: Record<string, unknown>) => Record<string, unknown>> = {
    'no exp': ({ exp: _exp, ...claims }) => claims,
    'no iat': ({ iat: _iat, ...claims }) => claims,
    'an access token (token_use access)': (claims) => ({ ...claims, token_use: 'access' }),
    'no token_use': ({ token_use: _use, ...claims }) => claims,
    'iat a day in the future': (claims) => ({
      ...claims,
      iat: (claims.iat as number) + DAY_S,
      exp: (claims.iat as number) + DAY_S + HOUR_S,
    }),
    'a ten-year lifetime': (claims) => ({
      ...claims,
      exp: (claims.iat as number) + 3_650 * DAY_S,
    }),
  };
  for (const [name, alter] of Object.entries(forged)) {
    it(`refuses ${name} with 401 problem details`, async () => {
      const answer = await me(signedToken(alter(idTokenClaims())));
      console.info(`token claims: ${name} → ${answer.status}`);
      expect(answer.status, answer.text).toBe(401);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body.status).toBe(401);
    });
  }
});
