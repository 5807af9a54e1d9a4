import type { SealedSecret, SealingPurpose } from '@devportal/portal-domain';
import type { ItemReader } from './item-reader.js';

const PURPOSES: readonly SealingPurpose[] = ['bank-tokens', 'webhook-secret'];

/** The sealed secret a map of an item stores (it is written as the vault sealed it). */
export function sealedSecretOf(read: ItemReader): SealedSecret {
  const dataKey = read.nested('dataKey');
  const purpose = read.optionalString('purpose');
  return {
    algorithm: read.oneOf('algorithm', ['AES-256-GCM'] as const),
    ...(purpose !== undefined && { purpose: read.oneOf('purpose', PURPOSES) }),
    dataKey: { keyId: dataKey.string('keyId'), ciphertext: dataKey.string('ciphertext') },
    iv: read.string('iv'),
    ciphertext: read.string('ciphertext'),
    tag: read.string('tag'),
  };
}
