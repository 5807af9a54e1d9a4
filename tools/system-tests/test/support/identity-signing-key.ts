import { join } from 'node:path';

/**
 * Where the stack's identity provider keeps its signing key during a run, so that the token-claims
 * suite can sign tokens the identity provider would never issue (no expiry, another use).
 */
export function identitySigningKeyFile(runDirectory: string): string {
  return join(runDirectory, 'identity-signing-key.json');
}
