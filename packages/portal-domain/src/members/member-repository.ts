import type { Change } from '../audit/change.js';
import type { InvitationRevocation } from '../invitations/invitation-revocation.js';
import type { Organisation } from '../organisations/organisation.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { AssignableRole } from '../roles/role.js';
import type { Membership } from './membership.js';

/**
 * Storage port for memberships. Every write is conditioned on the membership's
 * version as read, so of two racing changes to one member exactly one commits.
 */
export interface MemberRepository {
  get(organisationId: string, userId: string): Promise<Membership | undefined>;
  /** One page of the organisation's members, ordered by user id. */
  list(organisationId: string, page: PageRequest): Promise<Page<Membership>>;
  /** How many members the organisation has. */
  count(organisationId: string): Promise<number>;
  /**
   * Changes the member's role and, in the same transaction, revokes the invitations they issued
   * that the new role could not issue (each with its audit event).
   */
  changeRole(
    member: Membership,
    role: AssignableRole,
    change: Change,
    revocations?: readonly InvitationRevocation[],
  ): Promise<void>;
  /**
   * Removes the member (also used when a member leaves) and, in the same transaction, revokes
   * the invitations they issued (each with its audit event).
   */
  remove(
    member: Membership,
    change: Change,
    revocations?: readonly InvitationRevocation[],
  ): Promise<void>;
  /**
   * Makes `to` the Owner and `from` (the current Owner) an Administrator, and
   * moves the organisation's owner, all in one transaction.
   */
  transferOwnership(
    organisation: Organisation,
    from: Membership,
    to: Membership,
    change: Change,
  ): Promise<void>;
}
