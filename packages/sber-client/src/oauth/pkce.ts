import { sha256 } from '@noble/hashes/sha2.js';
import { base64url, randomBase64url } from './random-text.js';

/** A PKCE pair (RFC 7636): the verifier stays with the client, the challenge goes to the browser. */
export interface PkcePair {
  /** 43 characters of base64url (256 random bits); send it with the code exchange. */
  readonly codeVerifier: string;
  /** base64url(SHA-256(verifier)), for `code_challenge`. */
  readonly codeChallenge: string;
  readonly codeChallengeMethod: 'S256';
}

const VERIFIER_BYTES = 32;

/** A new PKCE pair with the S256 method. */
export function createPkcePair(): PkcePair {
  const codeVerifier = randomBase64url(VERIFIER_BYTES);
  return {
    codeVerifier,
    codeChallenge: pkceChallengeOf(codeVerifier),
    codeChallengeMethod: 'S256',
  };
}

/**
 * The S256 challenge of `codeVerifier`. Hashed with @noble/hashes rather than WebCrypto, whose
 * `subtle.digest` is asynchronous: the challenge stays a plain value in every runtime.
 */
export function pkceChallengeOf(codeVerifier: string): string {
  return base64url(sha256(new TextEncoder().encode(codeVerifier)));
}
