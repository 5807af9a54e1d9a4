import type { Membership, Role } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
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
  return {
    organisationId: item.organisationId as string,
    userId: item.userId as string,
    email: item.email as string,
    ...(typeof item.name === 'string' && { name: item.name }),
    role: item.role as Membership['role'],
    joinedAt: item.joinedAt as string,
    version: item.version as number,
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
