import type { webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/** The algorithm of the dev identity provider's tokens (what Cognito uses is RS256; either works). */
export const SIGNING_ALGORITHM = 'ES256';

/** The identity provider's signing key and the public half it publishes. */
export interface SigningKey {
  readonly privateKey: webcrypto.CryptoKey;
  readonly publicJwk: JWK;
  readonly kid: string;
}

/**
 * Loads the signing key kept at `filePath`, or creates one there (mode 0600) so tokens stay
 * valid across restarts; without a path the key lives only in memory.
 */
export async function loadOrCreateSigningKey(filePath?: string): Promise<SigningKey> {
  const stored = filePath ? await readStoredKey(filePath) : undefined;
  const privateJwk = stored ?? (await newPrivateJwk());
  if (filePath && !stored) {
    await mkdir(dirname(filePath), { recursive: true });
    await writeFile(filePath, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, SIGNING_ALGORITHM)) as webcrypto.CryptoKey;
  return { privateKey, publicJwk, kid: String(privateJwk.kid) };
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: crypto.randomUUID(), alg: SIGNING_ALGORITHM, use: 'sig' };
}

async function readStoredKey(filePath: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(filePath, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
