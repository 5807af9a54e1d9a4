import type { Change } from '../audit/change.js';
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
