import type { Change } from '../audit/change.js';
import type { Organisation } from '../organisations/organisation.js';
import type { AssignableRole } from '../roles/role.js';
import type { Membership } from './membership.js';

/**
 * Storage port for memberships. Every write is conditioned on the membership's
 * version as read, so of two racing changes to one member exactly one commits.
 */
export interface MemberRepository {
  get(organisationId: string, userId: string): Promise<Membership | undefined>;
  list(organisationId: string): Promise<Membership[]>;
  changeRole(member: Membership, role: AssignableRole, change: Change): Promise<void>;
  /** Removes the member (also used when a member leaves). */
  remove(member: Membership, change: Change): Promise<void>;
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
