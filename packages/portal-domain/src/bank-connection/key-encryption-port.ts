/**
 * Non-secret facts a data key is bound to (KMS's encryption context): unwrapping
 * under any other context fails, so a key copied to another organisation is useless.
 */
export type EncryptionContext = Readonly<Record<string, string>>;

/** A fresh data key: its plaintext for immediate use, and its wrapped form to store. */
export interface DataKey {
  /** 32 bytes for AES-256; the caller wipes it after use. */
  readonly plaintext: Buffer;
  readonly wrapped: WrappedDataKey;
}

/** A data key as stored: encrypted under a key-encryption key that never leaves its keeper. */
export interface WrappedDataKey {
  /** Which key-encryption key wrapped it (a KMS key ARN, or a local key's fingerprint). */
  readonly keyId: string;
  /** The wrapped key, base64. */
  readonly ciphertext: string;
}

/**
 * The keeper of the key-encryption key for envelope encryption: KMS in AWS, a
 * local key file in development. The core never sees the key-encryption key.
 */
export interface KeyEncryptionPort {
  /** A new 256-bit data key bound to `context`. */
  generateDataKey(context: EncryptionContext): Promise<DataKey>;
  /** The plaintext of `wrapped`; fails unless `context` is the one it was generated with. */
  unwrapDataKey(wrapped: WrappedDataKey, context: EncryptionContext): Promise<Buffer>;
}

/** `context` in one canonical byte form (keys sorted), for use as authenticated data. */
export function canonicalContext(context: EncryptionContext): Buffer {
  const sorted = Object.keys(context)
    .sort()
    .map((key) => [key, context[key]]);
  return Buffer.from(JSON.stringify(sorted), 'utf8');
}
