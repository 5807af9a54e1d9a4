import type { StoredBankConnection } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import { sealedSecretOf } from './sealed-secret-item.js';

/** The stored form of an organisation's bank connection: its sealed tokens and their expiries. */
export function connectionItem(connection: StoredBankConnection): ItemKey & StoredItem {
  return { ...keys.bankToken(connection.organisationId), entity: 'BankConnection', ...connection };
}

/** The bank connection an item stores. */
export function connectionOf(item: StoredItem): StoredBankConnection {
  const read = new ItemReader(item, 'BankConnection');
  const refreshedAt = read.optionalString('refreshedAt');
  const previousRefreshTokenValidUntil = read.optionalString('previousRefreshTokenValidUntil');
  return {
    organisationId: read.string('organisationId'),
    connectedAt: read.string('connectedAt'),
    connectedBy: read.string('connectedBy'),
    scopes: read.strings('scopes'),
    accessTokenExpiresAt: read.string('accessTokenExpiresAt'),
    refreshTokenExpiresAt: read.string('refreshTokenExpiresAt'),
    tokens: sealedSecretOf(read.nested('tokens')),
    ...(refreshedAt !== undefined && { refreshedAt }),
    ...(previousRefreshTokenValidUntil !== undefined && { previousRefreshTokenValidUntil }),
    version: read.number('version'),
  };
}
