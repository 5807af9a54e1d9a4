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
 * An {@link Authenticator} that verifies the bearer JWT itself (signature, expiry, issuer,
 * audience): the local runtime, where no API Gateway stands in front.
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
        });
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
