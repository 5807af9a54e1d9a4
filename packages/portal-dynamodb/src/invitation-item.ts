import {
  ASSIGNABLE_ROLES,
  type Invitation,
  type InvitationRevocation,
} from '@devportal/portal-domain';
import { auditItem } from './audit-event-item.js';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import { ATTRIBUTES } from './table-definition.js';
import {
  type Expression,
  type GuardedWrite,
  itemIsAbsent,
  putItem,
  updateItem,
} from './write-operations.js';

/** The stored form of an invitation: found by its token's hash, removed by TTL after expiry. */
export function invitationItem(invitation: Invitation): ItemKey & StoredItem {
  return {
    ...keys.invitation(invitation.organisationId, invitation.id),
    ...keys.invitationLookup(invitation.tokenHash),
    entity: 'Invitation',
    id: invitation.id,
    organisationId: invitation.organisationId,
    email: invitation.email,
    role: invitation.role,
    tokenHash: invitation.tokenHash,
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt,
    expiresAtIso: invitation.expiresAt,
    [ATTRIBUTES.timeToLive]: Math.ceil(Date.parse(invitation.expiresAt) / 1000),
  };
}

/**
 * The pointer to `invitation` under its invitee's address, written with it and removed by the
 * same TTL: the invitee's pending invitations are read through it, and each is then read itself,
 * so an accepted (deleted) or revoked invitation leaves nothing behind to show.
 */
export function inviteePointerItem(invitation: Invitation): ItemKey & StoredItem {
  return {
    ...keys.inviteePointer(invitation.email, invitation.organisationId, invitation.id),
    entity: 'InvitationPointer',
    organisationId: invitation.organisationId,
    invitationId: invitation.id,
    [ATTRIBUTES.timeToLive]: Math.ceil(Date.parse(invitation.expiresAt) / 1000),
  };
}

/** The invitation an item stores. */
export function invitationOf(item: StoredItem): Invitation {
  const read = new ItemReader(item, 'Invitation');
  const revokedAt = read.optionalString('revokedAt');
  return {
    id: read.string('id'),
    organisationId: read.string('organisationId'),
    email: read.string('email'),
    role: read.oneOf('role', ASSIGNABLE_ROLES),
    tokenHash: read.string('tokenHash'),
    invitedBy: read.string('invitedBy'),
    createdAt: read.string('createdAt'),
    expiresAt: read.string('expiresAtIso'),
    ...(revokedAt !== undefined && { revokedAt }),
  };
}

/** The condition that the invitation is still pending: stored and not revoked. */
export const invitationIsPending: Expression = {
  expression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
};

/**
 * Marks the invitation revoked at `at` if it is still pending. The item stays (its token lookup
 * too) until the TTL removes it, so whoever holds the token is told it was revoked.
 */
export function revokeInvitationWrite(
  tableName: string,
  organisationId: string,
  invitationId: string,
  at: string,
  guard: Pick<GuardedWrite, 'onConditionFailed'> = {},
): GuardedWrite {
  return updateItem(
    tableName,
    keys.invitation(organisationId, invitationId),
    { expression: 'SET revokedAt = :at', values: { ':at': at } },
    invitationIsPending,
    guard,
  );
}

/**
 * The writes of `revocations`: each invitation marked revoked, with its audit event. One accepted
 * or revoked since it was read fails the transaction as a concurrent modification: the change
 * that causes the revocations never commits without them (its caller reads again and retries).
 */
export function revocationWrites(
  tableName: string,
  revocations: readonly InvitationRevocation[],
): GuardedWrite[] {
  return revocations.flatMap(({ invitation, audit }) => [
    revokeInvitationWrite(tableName, invitation.organisationId, invitation.id, audit.at),
    putItem(tableName, auditItem(audit), itemIsAbsent),
  ]);
}
