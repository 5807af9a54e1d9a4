import type { StoredBankAuthorization } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import { sealedSecretOf } from './sealed-secret-item.js';
import { ATTRIBUTES } from './table-definition.js';

/** The stored form of a pending bank authorization, removed by the TTL after its expiry. */
export function bankAuthorizationItem(
  authorization: StoredBankAuthorization,
): ItemKey & StoredItem {
  return {
    ...keys.bankAuthorization(authorization.stateHash),
    entity: 'BankAuthorization',
    organisationId: authorization.organisationId,
    userId: authorization.userId,
    email: authorization.email,
    scopes: [...authorization.scopes],
    sealedVerifier: authorization.sealedVerifier,
    expiresAtIso: authorization.expiresAt,
    [ATTRIBUTES.timeToLive]: Math.ceil(Date.parse(authorization.expiresAt) / 1000),
  };
}

/** The pending authorization an item stores under `stateHash`. */
export function bankAuthorizationOf(stateHash: string, item: StoredItem): StoredBankAuthorization {
  const read = new ItemReader(item, 'BankAuthorization');
  return {
    stateHash,
    organisationId: read.string('organisationId'),
    userId: read.string('userId'),
    email: read.string('email'),
    scopes: read.strings('scopes'),
    sealedVerifier: sealedSecretOf(read.nested('sealedVerifier')),
    expiresAt: read.string('expiresAtIso'),
  };
}
