import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  canonicalContext,
  type DataKey,
  type EncryptionContext,
  type KeyEncryptionPort,
  type WrappedDataKey,
} from '@devportal/portal-domain';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * {@link KeyEncryptionPort} for development: the key-encryption key is 32 random
 * bytes in a local file (created with mode 0600 on first use), and data keys are
 * wrapped with AES-256-GCM under it, the encryption context as authenticated data.
 */
export class LocalKeyFileEncryption implements KeyEncryptionPort {
  /** Identifies the key without revealing it: `local:` and 16 hex digits of its SHA-256. */
  readonly keyId: string;

  private constructor(private readonly key: Buffer) {
    this.keyId = `local:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  }

  /** Opens the key file at `path`, creating it (mode 0600) with a new random key if absent. */
  static async open(path: string): Promise<LocalKeyFileEncryption> {
    const key = (await readKey(path)) ?? (await createKey(path));
    return new LocalKeyFileEncryption(key);
  }

  async generateDataKey(context: EncryptionContext): Promise<DataKey> {
    const plaintext = randomBytes(KEY_BYTES);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(canonicalContext(context));
    const wrapped = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      plaintext,
      wrapped: {
        keyId: this.keyId,
        ciphertext: Buffer.concat([iv, cipher.getAuthTag(), wrapped]).toString('base64'),
      },
    };
  }

  async unwrapDataKey(wrapped: WrappedDataKey, context: EncryptionContext): Promise<Buffer> {
    if (wrapped.keyId !== this.keyId) {
      throw new Error(`The data key was wrapped by ${wrapped.keyId}, not by ${this.keyId}`);
    }
    const bytes = Buffer.from(wrapped.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(canonicalContext(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}

async function readKey(path: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${path} does not hold a 256-bit base64 key`);
  return key;
}

/**
 * Writes a new key beside `path` and links it into place, so a process starting at
 * the same moment either wins or reads the complete key of the winner.
 */
async function createKey(path: string): Promise<Buffer> {
  const key = randomBytes(KEY_BYTES);
  const draft = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(draft, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, path);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readKey(path);
    if (!winner) throw error;
    return winner;
  } finally {
    await unlink(draft);
  }
}
