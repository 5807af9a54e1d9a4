import type { webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair, importJWK, importPKCS8 } from 'jose';

type CryptoKey = webcrypto.CryptoKey;

/** The algorithm of gateway tokens: small signatures, and the public half can verify elsewhere. */
export const GATEWAY_TOKEN_ALGORITHM = 'ES256';

/** The key pair gateway tokens are signed and verified with; every instance must share it. */
export interface GatewaySigningKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** The key pair from a PKCS#8 PEM private key (e.g. from Secrets Manager, through the environment). */
export async function signingKeyFromPem(privateKeyPem: string): Promise<GatewaySigningKey> {
  const privateKey = await importPKCS8(privateKeyPem, GATEWAY_TOKEN_ALGORITHM, {
    extractable: true,
  });
  // The public half is derived from the private key, so one secret configures both.
  const { kty, crv, x, y } = await exportJWK(privateKey);
  const publicKey = await importJWK({ kty, crv, x, y }, GATEWAY_TOKEN_ALGORITHM);
  return { privateKey, publicKey: publicKey as CryptoKey };
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
