import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost parameters. The default follows OWASP's recommendation for scrypt (N = 2^17,
 * r = 8, p = 1: 128 MiB and roughly 0.4 s of one core per hash). Each hash records the parameters
 * it was made with, so the cost can change without invalidating existing hashes.
 */
export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
}

/** OWASP's scrypt recommendation. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** A slow, salted hash: right for low-entropy passwords like the dev identity provider's. */
export interface ScryptHash {
  readonly algorithm: 'scrypt';
  readonly cost: ScryptCost;
  /** 16 random bytes, base64url. */
  readonly salt: string;
  /** The 32-byte derived key, base64url. */
  readonly hash: string;
}

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** The scrypt hash of `secret` at `cost`, with a fresh salt. */
export async function scryptHash(
  secret: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<ScryptHash> {
  const salt = randomBytes(SALT_BYTES);
  const derived = await derive(secret, salt, cost);
  return {
    algorithm: 'scrypt',
    cost,
    salt: salt.toString('base64url'),
    hash: derived.toString('base64url'),
  };
}

/** Whether `secret` matches `stored`; the comparison takes the same time whatever the bytes. */
export async function scryptMatches(secret: string, stored: ScryptHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64url');
  const derived = await derive(secret, Buffer.from(stored.salt, 'base64url'), stored.cost);
  return derived.length === expected.length && timingSafeEqual(derived, expected);
}

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    // Node refuses anything above 32 MiB unless told; scrypt needs 128·N·r bytes.
    maxmem: 256 * cost.N * cost.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
