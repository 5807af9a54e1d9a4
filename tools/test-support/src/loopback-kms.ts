import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type AwsJsonAnswer, awsJsonError } from './aws-json-answer.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * KMS's `GenerateDataKey`, `Encrypt` and `Decrypt` for one symmetric key held in memory (AES-256-GCM),
 * for a loopback stand-in speaking the JSON 1.1 protocol (`X-Amz-Target: TrentService.Decrypt`).
 * As in KMS, the encryption context is bound to the ciphertext: `Decrypt` with another one fails
 * with `InvalidCiphertextException`.
 */
export class LoopbackKms {
  private readonly key = randomBytes(32);

  constructor(
    /** The ARN of the one key; any `KeyId` is taken to mean it. */
    readonly keyArn: string,
  ) {}

  /** Answers `operation` (the target's part after `TrentService.`) with `input`. */
  handle(operation: string, input: Readonly<Record<string, unknown>>): AwsJsonAnswer {
    const context = contextOf(input.EncryptionContext);
    switch (operation) {
      case 'GenerateDataKey': {
        const plaintext = randomBytes(Number(input.NumberOfBytes ?? 32));
        return this.answer({
          Plaintext: plaintext.toString('base64'),
          CiphertextBlob: this.seal(plaintext, context),
        });
      }
      case 'Encrypt':
        return this.answer({
          CiphertextBlob: this.seal(Buffer.from(String(input.Plaintext), 'base64'), context),
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        });
      case 'Decrypt': {
        const plaintext = this.open(String(input.CiphertextBlob), context);
        if (!plaintext) {
          return awsJsonError('InvalidCiphertextException', 'The ciphertext is invalid.');
        }
        return this.answer({
          Plaintext: plaintext.toString('base64'),
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        });
      }
      default:
        return awsJsonError('UnsupportedOperationException', `${operation} is not served here`);
    }
  }

  private answer(fields: Readonly<Record<string, unknown>>): AwsJsonAnswer {
    return { status: 200, body: { KeyId: this.keyArn, ...fields } };
  }

  private seal(plaintext: Buffer, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(context));
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  private open(blob: string, context: string): Buffer | undefined {
    const bytes = Buffer.from(blob, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES))
        .setAAD(Buffer.from(context))
        .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      return undefined;
    }
  }
}

/** The encryption context in a canonical form (keys sorted), the additional data it binds. */
function contextOf(value: unknown): string {
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
