import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import type { Authenticator, Credentials } from './authenticator.js';
import { type Person, personFromClaims } from './person.js';

/** Whose tokens to trust. */
export interface JwtAuthenticatorOptions {
  /** The identity provider's keys. */
  readonly keys: JWTVerifyGetKey;
  /** The tokens' `iss`: the identity provider. */
  readonly issuer: string;
  /** The tokens' `aud`: this portal's client id at the identity provider. */
  readonly audience: string;
}

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;

/**
 * The longest lifetime Cognito gives an ID token (its setting ranges from 5 minutes to a day): a
 * token whose `iat` is older, or whose `exp` lies further past its `iat`, was not issued as one.
 */
const MAX_ID_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/** Clock skew allowed between the identity provider and this runtime. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * An {@link Authenticator} that verifies the bearer JWT itself (signature, issuer, audience, a
 * required `exp` and a sane `iat`): the local runtime, where no API Gateway stands in front. A
 * signed token without `exp` would otherwise never expire.
 */
export function jwtAuthenticator(options: JwtAuthenticatorOptions): Authenticator {
  return {
    async authenticate({ authorization }: Credentials): Promise<Person | undefined> {
      const token = BEARER.exec(authorization ?? '')?.[1];
      if (token === undefined) return undefined;
      try {
        const { payload } = await jwtVerify(token, options.keys, {
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ['exp', 'iat'],
          maxTokenAge: MAX_ID_TOKEN_LIFETIME_SECONDS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        const lifetime = (payload.exp as number) - (payload.iat as number);
        if (lifetime > MAX_ID_TOKEN_LIFETIME_SECONDS) return undefined;
        return personFromClaims(payload);
      } catch {
        // Every verification failure means the same to the caller: not signed in.
        return undefined;
      }
    },
  };
}

/** The keys published at a JWKS URL (fetched once, re-fetched when an unknown `kid` appears). */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl));
}

/** A fixed key set, e.g. a test's own signing key. */
export function localKeys(keySet: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(keySet);
}
