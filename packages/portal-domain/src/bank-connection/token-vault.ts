import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  canonicalContext,
  type EncryptionContext,
  type KeyEncryptionPort,
  type WrappedDataKey,
} from './key-encryption-port.js';

/**
 * What a secret is sealed for. It is part of the encryption context, so a value sealed for one
 * purpose does not open as another (a webhook secret is never taken for bank tokens).
 */
export type SealingPurpose = 'bank-tokens' | 'webhook-secret';

/** Every value sealed before purposes were recorded was labelled so, webhook secrets included. */
const UNRECORDED_PURPOSE: SealingPurpose = 'bank-tokens';

/** A secret sealed by envelope encryption: AES-256-GCM under a wrapped data key. */
export interface SealedSecret {
  readonly algorithm: 'AES-256-GCM';
  /** What it was sealed for; absent on values sealed before it was recorded ('bank-tokens'). */
  readonly purpose?: SealingPurpose;
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
 * the {@link KeyEncryptionPort}; the organisation and the purpose are both the key's
 * encryption context and the cipher's authenticated data, so a sealed value moved to
 * another organisation's item, or to another kind of secret, does not open.
 */
export class TokenVault {
  constructor(private readonly keys: KeyEncryptionPort) {}

  /** Seals `plaintext` (e.g. JSON of the bank tokens) for `organisationId` and `purpose`. */
  async seal(
    plaintext: string,
    organisationId: string,
    purpose: SealingPurpose = 'bank-tokens',
  ): Promise<SealedSecret> {
    const context = contextOf(organisationId, purpose);
    const dataKey = await this.keys.generateDataKey(context);
    try {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', dataKey.plaintext, iv);
      cipher.setAAD(canonicalContext(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        algorithm: 'AES-256-GCM',
        purpose,
        dataKey: dataKey.wrapped,
        iv: iv.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      };
    } finally {
      dataKey.plaintext.fill(0);
    }
  }

  /**
   * The plaintext of `sealed`; throws if it was sealed for another organisation or another
   * purpose, or altered. Values sealed before purposes were recorded open for any purpose.
   */
  async open(
    sealed: SealedSecret,
    organisationId: string,
    purpose: SealingPurpose = 'bank-tokens',
  ): Promise<string> {
    if (sealed.purpose !== undefined && sealed.purpose !== purpose) {
      throw new Error(`The secret was sealed for ${sealed.purpose}, not ${purpose}`);
    }
    const context = contextOf(organisationId, sealed.purpose ?? UNRECORDED_PURPOSE);
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

function contextOf(organisationId: string, purpose: SealingPurpose): EncryptionContext {
  return { purpose, organisationId };
}
