/// <reference path="../types/node-gost-crypto.d.ts" />
import gost from 'node-gost-crypto';

/** A GOST R 34.10-2012 (256-bit) key pair in the library's byte order (little-endian). */
export interface GostKeyPair {
  /** 32 bytes, the secret scalar */
  privateKey: Uint8Array;
  /** 64 bytes, x‖y of the public point */
  publicKey: Uint8Array;
}

/** Length of a raw GOST R 34.10-2012 (256-bit) signature: s‖r, 32 bytes each. */
export const RAW_SIGNATURE_BYTES = 64;

const STREEBOG_256 = { name: 'GOST R 34.11', version: 2012, length: 256 } as const;

// CryptoPro's curve A and byte order (s‖r, big-endian) are what CryptoPro CSP,
// and therefore the bank's signing clients, produce for 256-bit keys.
const signer = gost.gostEngine.getGostSign({
  name: 'GOST R 34.10',
  version: 2012,
  length: 256,
  mode: 'SIGN',
  namedCurve: 'S-256-A',
  procreator: 'CP',
  hash: STREEBOG_256,
});
const hasher = gost.gostEngine.getGostDigest(STREEBOG_256);

/** GOST R 34.11-2012 (Streebog) 256-bit hash. */
export function streebog256(data: Uint8Array): Uint8Array {
  return new Uint8Array(hasher.digest(data));
}

/** A new random key pair on CryptoPro curve A. */
export function generateGostKeyPair(): GostKeyPair {
  const { privateKey, publicKey } = signer.generateKey();
  return { privateKey: new Uint8Array(privateKey), publicKey: new Uint8Array(publicKey) };
}

/** Signs the Streebog-256 hash of `data`; returns s‖r. */
export function gostSign(privateKey: Uint8Array, data: Uint8Array): Uint8Array {
  return new Uint8Array(signer.sign(privateKey, data));
}

/** Whether `signature` (s‖r) over `data` was made with the key of `publicKey`. */
export function gostVerify(
  publicKey: Uint8Array,
  signature: Uint8Array,
  data: Uint8Array,
): boolean {
  if (signature.byteLength !== RAW_SIGNATURE_BYTES) return false;
  return signer.verify(publicKey, signature, data);
}
