import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type {
  DataKey,
  EncryptionContext,
  KeyEncryptionPort,
  WrappedDataKey,
} from '@devportal/portal-domain';

/**
 * {@link KeyEncryptionPort} on AWS KMS: `GenerateDataKey` (AES_256) and `Decrypt`
 * with the encryption context, which KMS binds to the wrapped key and records in
 * CloudTrail; the key-encryption key never leaves KMS.
 *
 * @example
 * const keys = new KmsKeyEncryption(new KMSClient({}), process.env.TOKEN_KEY_ARN);
 * const vault = new TokenVault(keys);
 */
export class KmsKeyEncryption implements KeyEncryptionPort {
  constructor(
    private readonly kms: KMSClient,
    /** The key's ARN, alias ARN or id. */
    private readonly keyId: string,
  ) {}

  async generateDataKey(context: EncryptionContext): Promise<DataKey> {
    const result = await this.kms.send(
      new GenerateDataKeyCommand({
        KeyId: this.keyId,
        KeySpec: 'AES_256',
        EncryptionContext: { ...context },
      }),
    );
    if (!result.Plaintext || !result.CiphertextBlob) {
      throw new Error('KMS GenerateDataKey answered without a key');
    }
    return {
      plaintext: Buffer.from(result.Plaintext),
      wrapped: {
        keyId: result.KeyId ?? this.keyId,
        ciphertext: Buffer.from(result.CiphertextBlob).toString('base64'),
      },
    };
  }

  async unwrapDataKey(wrapped: WrappedDataKey, context: EncryptionContext): Promise<Buffer> {
    const result = await this.kms.send(
      new DecryptCommand({
        KeyId: wrapped.keyId,
        CiphertextBlob: Buffer.from(wrapped.ciphertext, 'base64'),
        EncryptionContext: { ...context },
      }),
    );
    if (!result.Plaintext) throw new Error('KMS Decrypt answered without a key');
    return Buffer.from(result.Plaintext);
  }
}
