import type { webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
} from 'jose';

type CryptoKey = webcrypto.CryptoKey;

/** The algorithm of gateway tokens: small signatures, and the public half can verify elsewhere. */
export const GATEWAY_TOKEN_ALGORITHM = 'ES256';

/** A key pair gateway tokens are signed and verified with, named by its key id (`kid`). */
export interface GatewaySigningKey {
  /** Carried in the header of the tokens it signs, so a verifier picks the key by it. */
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/**
 * The keys every gateway instance shares: `current` signs new tokens; tokens signed with either
 * verify, so a rotation (the new key current, the old one previous) ends no token in flight.
 */
export interface GatewayKeySet {
  readonly current: GatewaySigningKey;
  readonly previous?: GatewaySigningKey;
}

/** One key of the key-set secret: PKCS#8 PEM, and its id (default: its RFC 7638 thumbprint). */
interface KeyEntry {
  readonly kid?: string;
  readonly privateKey: string;
}

/**
 * The key pair from a PKCS#8 PEM private key; `kid` defaults to the public key's RFC 7638
 * thumbprint, so every instance names the same key alike without being told.
 */
export async function signingKeyFromPem(
  privateKeyPem: string,
  kid?: string,
): Promise<GatewaySigningKey> {
  const privateKey = await importPKCS8(privateKeyPem, GATEWAY_TOKEN_ALGORITHM, {
    extractable: true,
  });
  // The public half is derived from the private key, so one secret configures both.
  const { kty, crv, x, y } = await exportJWK(privateKey);
  const publicJwk = { kty, crv, x, y };
  const publicKey = await importJWK(publicJwk, GATEWAY_TOKEN_ALGORITHM);
  return {
    kid: kid ?? (await calculateJwkThumbprint(publicJwk)),
    privateKey,
    publicKey: publicKey as CryptoKey,
  };
}

/**
 * The key set in the signing-key secret: JSON
 * `{"current":{"kid","privateKey"},"previous":{"kid","privateKey"}}` (`previous` and the `kid`s
 * optional), or a bare PKCS#8 PEM (a single current key). Errors never quote the secret.
 */
export async function keySetFromSecret(secret: string): Promise<GatewayKeySet> {
  const text = secret.trim();
  if (text.startsWith('-----BEGIN')) return { current: await signingKeyFromPem(text) };
  let parsed: { current?: unknown; previous?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('The gateway signing key secret is neither a PEM key nor a JSON key set');
  }
  const current = keyEntryOf(parsed.current, 'current');
  const previous =
    parsed.previous === undefined ? undefined : keyEntryOf(parsed.previous, 'previous');
  const [currentKey, previousKey] = await Promise.all([
    signingKeyFromPem(current.privateKey, current.kid),
    previous && signingKeyFromPem(previous.privateKey, previous.kid),
  ]);
  if (previousKey?.kid === currentKey.kid) {
    throw new Error('The gateway signing key set names two keys with one kid');
  }
  return { current: currentKey, ...(previousKey && { previous: previousKey }) };
}

/**
 * The key-set secret after a rotation: a new key current, the old current previous (the old
 * previous is dropped: tokens it signed have expired if the last rotation was longer ago than a
 * token's lifetime). `kid` names the new key (default: its thumbprint).
 */
export async function rotatedKeySetSecret(secret: string, kid?: string): Promise<string> {
  const { current } = await keySetFromSecret(secret);
  const { privateKey } = await generateKeyPair(GATEWAY_TOKEN_ALGORITHM, { extractable: true });
  const next = await signingKeyFromPem(await exportPKCS8(privateKey), kid);
  const entry = async (key: GatewaySigningKey): Promise<KeyEntry> => ({
    kid: key.kid,
    privateKey: await exportPKCS8(key.privateKey),
  });
  return JSON.stringify({ current: await entry(next), previous: await entry(current) });
}

function keyEntryOf(value: unknown, name: string): KeyEntry {
  const entry = value as Partial<Record<keyof KeyEntry, unknown>> | undefined;
  if (
    typeof entry?.privateKey !== 'string' ||
    (entry.kid !== undefined && (typeof entry.kid !== 'string' || entry.kid === ''))
  ) {
    throw new Error(
      `The gateway signing key set needs ${name}.privateKey (a PEM string) and an optional non-empty ${name}.kid`,
    );
  }
  return entry as KeyEntry;
}

/**
 * The key pair kept in `path` (PKCS#8 PEM), made on first use: the local stack's key under its
 * data directory, so tokens survive a restart. The file is readable by its owner only.
 */
export async function signingKeyFromFile(path: string): Promise<GatewaySigningKey> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return signingKeyFromPem(existing);
  const { privateKey } = await generateKeyPair(GATEWAY_TOKEN_ALGORITHM, { extractable: true });
  const pem = await exportPKCS8(privateKey);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, pem, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    // Another process made it first: use theirs, so both sign with one key.
    if (error.code !== 'EEXIST') throw error;
  });
  return signingKeyFromPem(await readFile(path, 'utf8'));
}
