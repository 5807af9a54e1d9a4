import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  fixedPeppers,
  pepperSetFromSecret,
  type SecretPepper,
  type SecretPeppers,
} from './client-secret-peppers.js';

/**
 * A Client Secret as stored: HMAC-SHA-256 of the secret keyed with a server pepper, and which
 * pepper. A slow KDF buys nothing for 256 random bits and hands attackers our CPU; the pepper
 * makes a leaked table useless without the server secret.
 */
export interface KeyedSecretHash {
  readonly algorithm: 'hmac-sha256';
  /** The id of the pepper it was keyed with. */
  readonly keyId: string;
  /** The 32-byte MAC, base64url. */
  readonly hash: string;
}

/** The prefix of every Client Secret, so a leaked one is easy to find with grep and secret scanners. */
export const CLIENT_SECRET_PREFIX = 'dps_';

const SECRET_BYTES = 32;

/** Whether a secret matched a stored hash, and whether that hash should be stored anew. */
export interface SecretMatch {
  readonly matched: boolean;
  /** Keyed with a previous pepper: re-store it keyed with the current one. */
  readonly outdated: boolean;
}

/** Generates Client Secrets and checks them against their keyed hashes in constant time. */
export class ClientSecretHasher {
  constructor(private readonly peppers: SecretPeppers) {}

  /** A hasher keyed by one pepper secret that never changes (the local stack, tests). */
  static keyedBy(pepperSecret: string): ClientSecretHasher {
    return new ClientSecretHasher(fixedPeppers(pepperSetFromSecret(pepperSecret)));
  }

  /** A new Client Secret: 256 random bits, base64url, behind {@link CLIENT_SECRET_PREFIX}. */
  newSecret(): string {
    return `${CLIENT_SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  }

  /** The keyed hash of `secret` with the current pepper. */
  async hash(secret: string): Promise<KeyedSecretHash> {
    const { current } = await this.peppers.current();
    return keyedHash(secret, current);
  }

  /**
   * Whether `secret` matches `stored`, comparing in constant time. A hash of a pepper this process
   * does not hold makes it re-read the set once (a rotation another process saw first).
   */
  async matches(secret: string, stored: KeyedSecretHash): Promise<SecretMatch> {
    let set = await this.peppers.current();
    let pepper = pepperNamed(stored.keyId, [set.current, ...set.previous]);
    if (!pepper) {
      set = await this.peppers.refreshed();
      pepper = pepperNamed(stored.keyId, [set.current, ...set.previous]);
    }
    if (!pepper) return { matched: false, outdated: false };
    const expected = Buffer.from(stored.hash, 'base64url');
    const actual = Buffer.from(keyedHash(secret, pepper).hash, 'base64url');
    const matched = actual.length === expected.length && timingSafeEqual(actual, expected);
    return { matched, outdated: pepper.id !== set.current.id };
  }
}

function keyedHash(secret: string, pepper: SecretPepper): KeyedSecretHash {
  return {
    algorithm: 'hmac-sha256',
    keyId: pepper.id,
    hash: createHmac('sha256', pepper.key).update(secret, 'utf8').digest('base64url'),
  };
}

function pepperNamed(id: string, peppers: readonly SecretPepper[]): SecretPepper | undefined {
  return peppers.find((pepper) => pepper.id === id);
}
