import type { Invitation } from '../invitations/invitation.js';
import type { StoredItem } from './document-store.js';
import { type ItemKey, keys } from './keys.js';
import { ATTRIBUTES } from './table-definition.js';

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

/** The invitation an item stores. */
export function invitationOf(item: StoredItem): Invitation {
  return {
    id: item.id as string,
    organisationId: item.organisationId as string,
    email: item.email as string,
    role: item.role as Invitation['role'],
    tokenHash: item.tokenHash as string,
    invitedBy: item.invitedBy as string,
    createdAt: item.createdAt as string,
    expiresAt: item.expiresAtIso as string,
  };
}
