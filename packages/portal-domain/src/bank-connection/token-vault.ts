import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  canonicalContext,
  type EncryptionContext,
  type KeyEncryptionPort,
  type WrappedDataKey,
} from './key-encryption-port.js';

/** A secret sealed by envelope encryption: AES-256-GCM under a wrapped data key. */
export interface SealedSecret {
  readonly algorithm: 'AES-256-GCM';
  readonly dataKey: WrappedDataKey;
  /** 12-byte nonce, base64. */
  readonly iv: string;
  /** base64. */
  readonly ciphertext: string;
  /** 16-byte GCM tag, base64. */
  readonly tag: string;
}

const IV_BYTES = 12;

/**
 * Envelope encryption of secrets at rest: a fresh data key per sealing, wrapped by
 * the {@link KeyEncryptionPort}; the organisation is both the key's encryption
 * context and the cipher's authenticated data, so a sealed value moved to another
 * organisation's item does not open.
 */
export class TokenVault {
  constructor(private readonly keys: KeyEncryptionPort) {}

  /** Seals `plaintext` (e.g. JSON of the bank tokens) for `organisationId`. */
  async seal(plaintext: string, organisationId: string): Promise<SealedSecret> {
    const context = contextOf(organisationId);
    const dataKey = await this.keys.generateDataKey(context);
    try {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', dataKey.plaintext, iv);
      cipher.setAAD(canonicalContext(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        algorithm: 'AES-256-GCM',
        dataKey: dataKey.wrapped,
        iv: iv.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      };
    } finally {
      dataKey.plaintext.fill(0);
    }
  }

  /** The plaintext of `sealed`; throws if it was sealed for another organisation or altered. */
  async open(sealed: SealedSecret, organisationId: string): Promise<string> {
    const context = contextOf(organisationId);
    const key = await this.keys.unwrapDataKey(sealed.dataKey, context);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(canonicalContext(context));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([
        decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } finally {
      key.fill(0);
    }
  }
}

function contextOf(organisationId: string): EncryptionContext {
  return { purpose: 'bank-tokens', organisationId };
}
