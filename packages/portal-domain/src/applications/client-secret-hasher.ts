import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost parameters. The default follows OWASP's recommendation for scrypt
 * (N = 2^17, r = 8, p = 1: 128 MiB and roughly 0.4 s of one core per hash on the
 * project's machines). Each stored hash records the parameters it was made with,
 * so the cost can be raised later without invalidating existing secrets.
 */
export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
}

/** The production cost: OWASP's scrypt recommendation. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** A Client Secret as stored: never the secret, only its slow hash and how it was made. */
export interface SecretHash {
  readonly algorithm: 'scrypt';
  readonly cost: ScryptCost;
  /** 16 random bytes, base64url. */
  readonly salt: string;
  /** The 32-byte derived key, base64url. */
  readonly hash: string;
}

/** The prefix of every Client Secret, so a leaked one is easy to find with grep and secret scanners. */
export const CLIENT_SECRET_PREFIX = 'dps_';

const SECRET_BYTES = 32;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** Generates Client Secrets and checks them against their slow hashes in constant time. */
export class ClientSecretHasher {
  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

  /** A new Client Secret: 256 random bits, base64url, behind {@link CLIENT_SECRET_PREFIX}. */
  newSecret(): string {
    return `${CLIENT_SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  }

  /** The slow hash of `secret`, with a fresh salt. */
  async hash(secret: string): Promise<SecretHash> {
    const salt = randomBytes(SALT_BYTES);
    const derived = await derive(secret, salt, this.cost);
    return {
      algorithm: 'scrypt',
      cost: this.cost,
      salt: salt.toString('base64url'),
      hash: derived.toString('base64url'),
    };
  }

  /** Whether `secret` matches `stored`; the comparison takes the same time whatever the bytes. */
  async matches(secret: string, stored: SecretHash): Promise<boolean> {
    const expected = Buffer.from(stored.hash, 'base64url');
    const derived = await derive(secret, Buffer.from(stored.salt, 'base64url'), stored.cost);
    return derived.length === expected.length && timingSafeEqual(derived, expected);
  }

  /**
   * Spends the time of one {@link matches} on nothing, so that an unknown Client ID
   * is answered as slowly as a wrong secret and the two cannot be told apart.
   */
  async spendOneComparison(): Promise<void> {
    await derive('', Buffer.alloc(SALT_BYTES), this.cost);
  }
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
