import type { Change } from '../audit/change.js';
import type { Membership } from '../members/membership.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Role } from '../roles/role.js';
import type { Invitation } from './invitation.js';
import type { InvitationRevocation } from './invitation-revocation.js';

/** Storage port for invitations; they expire through the store's TTL as well as by date. */
export interface InvitationRepository {
  create(invitation: Invitation, change: Change): Promise<void>;
  /** One page of the organisation's invitations (expired ones too, until the TTL removes them). */
  list(organisationId: string, page: PageRequest): Promise<Page<Invitation>>;
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /**
   * The invitations to `email` (normalised) still stored, newest first: revoked and expired ones
   * too until the TTL removes them, accepted ones no longer.
   */
  listTo(email: string): Promise<Invitation[]>;
  /** Every pending (not revoked) invitation `inviterUserId` issued in the organisation, read consistently. */
  listPendingIssuedBy(organisationId: string, inviterUserId: string): Promise<Invitation[]>;
  /**
   * In one transaction: consumes the invitation (only if it still exists with this
   * token hash and is not revoked), creates `membership` (only if the user is not a
   * member yet), requires the organisation to still exist and the inviter to still hold
   * one of `inviterMustHold` (so an inviter removed or demoted meanwhile lets nobody in).
   */
  accept(
    invitation: Invitation,
    membership: Membership,
    inviterMustHold: readonly Role[],
    change: Change,
  ): Promise<void>;
  /** Marks the invitation revoked; NotFound if it is gone or revoked already. */
  revoke(organisationId: string, invitationId: string, change: Change): Promise<void>;
  /**
   * Revokes each of `revocations` with its audit event, in one transaction, if the actor still
   * holds one of `actorMustHold` (at most `REVOCATIONS_PER_TRANSACTION` of them).
   */
  revokeAll(
    revocations: readonly InvitationRevocation[],
    actorMustHold?: readonly Role[],
  ): Promise<void>;
}
