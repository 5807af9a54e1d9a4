import {
  canonicalContext,
  type DataKey,
  type EncryptionContext,
  type KeyEncryptionPort,
  type WrappedDataKey,
} from './key-encryption-port.js';

/** How long, how often and how many opened data keys {@link DataKeyCache} keeps. */
export interface DataKeyCacheLimits {
  /** How long an opened key is reused after it was unwrapped (default 5 minutes). */
  readonly maxAgeMs: number;
  /** How many opens one unwrap serves (default 10,000). */
  readonly maxUses: number;
  /** How many keys are kept; the least recently used goes first (default 1,000). */
  readonly maxEntries: number;
}

/** The defaults of {@link DataKeyCacheLimits}. */
export const DEFAULT_DATA_KEY_CACHE_LIMITS: DataKeyCacheLimits = {
  maxAgeMs: 5 * 60_000,
  maxUses: 10_000,
  maxEntries: 1_000,
};

interface OpenedKey {
  readonly plaintext: Buffer;
  readonly expiresAtMs: number;
  usesLeft: number;
}

/**
 * A {@link KeyEncryptionPort} that remembers the data keys it unwrapped, so opening the same
 * sealed value again (a bank token on every production call) does not cost a KMS `Decrypt` each
 * time. An entry is found by the wrapped key's bytes and the exact encryption context, so a key
 * is only ever handed out under the context the keeper checked it with. Entries end after
 * `maxAgeMs` or `maxUses`, whichever comes first, and the least recently used is dropped beyond
 * `maxEntries`: the bound on how long and how widely a plaintext key lives in memory. It is per
 * process (a Lambda execution environment) and an optimisation only: lost, the next open unwraps
 * again. New data keys are never cached; they go straight to the keeper.
 *
 * @example
 * const vault = new TokenVault(new DataKeyCache(new KmsKeyEncryption(kms, keyArn)));
 */
export class DataKeyCache implements KeyEncryptionPort {
  private readonly opened = new Map<string, OpenedKey>();
  private readonly limits: DataKeyCacheLimits;

  constructor(
    private readonly keeper: KeyEncryptionPort,
    limits: Partial<DataKeyCacheLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_DATA_KEY_CACHE_LIMITS, ...limits };
  }

  generateDataKey(context: EncryptionContext): Promise<DataKey> {
    return this.keeper.generateDataKey(context);
  }

  /** A copy of the opened key, which the caller may wipe; the cache keeps its own. */
  async unwrapDataKey(wrapped: WrappedDataKey, context: EncryptionContext): Promise<Buffer> {
    const id = cacheIdOf(wrapped, context);
    const cached = this.opened.get(id);
    if (cached) {
      this.opened.delete(id);
      if (cached.expiresAtMs > this.now() && cached.usesLeft > 0) {
        cached.usesLeft--;
        // Re-inserted last: the map's order is the order of use, oldest first.
        this.opened.set(id, cached);
        return Buffer.from(cached.plaintext);
      }
      cached.plaintext.fill(0);
    }
    const plaintext = await this.keeper.unwrapDataKey(wrapped, context);
    this.remember(id, {
      plaintext: Buffer.from(plaintext),
      expiresAtMs: this.now() + this.limits.maxAgeMs,
      usesLeft: this.limits.maxUses - 1,
    });
    return plaintext;
  }

  private remember(id: string, key: OpenedKey): void {
    this.opened.get(id)?.plaintext.fill(0);
    this.opened.delete(id);
    this.opened.set(id, key);
    while (this.opened.size > this.limits.maxEntries) {
      const [oldestId, oldest] = this.opened.entries().next().value as [string, OpenedKey];
      oldest.plaintext.fill(0);
      this.opened.delete(oldestId);
    }
  }
}

function cacheIdOf(wrapped: WrappedDataKey, context: EncryptionContext): string {
  return `${wrapped.keyId}\n${wrapped.ciphertext}\n${canonicalContext(context).toString('utf8')}`;
}
