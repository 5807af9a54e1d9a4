import { type Membership, ROLES, type Role } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import type { Expression } from './write-operations.js';

/** The stored form of a membership, indexed by user for "my organisations". */
export function memberItem(membership: Membership): ItemKey & StoredItem {
  return {
    ...keys.member(membership.organisationId, membership.userId),
    ...keys.memberLookup(membership.organisationId, membership.userId),
    entity: 'Member',
    ...membership,
  };
}

/** The membership an item stores. */
export function membershipOf(item: StoredItem): Membership {
  const read = new ItemReader(item, 'Member');
  const name = read.optionalString('name');
  return {
    organisationId: read.string('organisationId'),
    userId: read.string('userId'),
    email: read.string('email'),
    ...(name !== undefined && { name }),
    role: read.oneOf('role', ROLES),
    joinedAt: read.string('joinedAt'),
    version: read.number('version'),
  };
}

/** The condition that a membership exists and holds one of `roles`. */
export function memberHoldsOneOf(roles: readonly Role[]): Expression {
  return {
    expression: `#role IN (${roles.map((_, i) => `:mayAct${i}`).join(', ')})`,
    names: { '#role': 'role' },
    values: Object.fromEntries(roles.map((role, i) => [`:mayAct${i}`, role])),
  };
}
