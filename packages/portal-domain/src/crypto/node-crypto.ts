import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DomainCrypto } from '../ports/crypto.js';

const TOKEN_BYTES = 32;
const KEY_BYTES = 32;

/** {@link DomainCrypto} on Node's CSPRNG and hash functions. */
export const nodeCrypto: DomainCrypto = {
  newId: () => randomUUID(),
  newToken: () => randomBytes(TOKEN_BYTES).toString('base64url'),
  newKey: () => new Uint8Array(randomBytes(KEY_BYTES)),
  sha256Hex: (value) => createHash('sha256').update(value, 'utf8').digest('hex'),
};
