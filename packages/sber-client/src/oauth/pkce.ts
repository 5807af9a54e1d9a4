import { createHash, randomBytes } from 'node:crypto';

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
  const codeVerifier = randomBytes(VERIFIER_BYTES).toString('base64url');
  return {
    codeVerifier,
    codeChallenge: pkceChallengeOf(codeVerifier),
    codeChallengeMethod: 'S256',
  };
}

/** The S256 challenge of `codeVerifier`. */
export function pkceChallengeOf(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}
