import type { Change } from '../audit/change.js';
import type { Membership } from '../members/membership.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Invitation } from './invitation.js';

/** Storage port for invitations; they expire through the store's TTL as well as by date. */
export interface InvitationRepository {
  create(invitation: Invitation, change: Change): Promise<void>;
  /** One page of the organisation's invitations (expired ones too, until the TTL removes them). */
  list(organisationId: string, page: PageRequest): Promise<Page<Invitation>>;
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /**
   * In one transaction: consumes the invitation (only if it still exists with this
   * token hash), creates `membership` (only if the user is not a member yet) and
   * requires the organisation to still exist.
   */
  accept(invitation: Invitation, membership: Membership, change: Change): Promise<void>;
  /** Deletes the invitation; NotFound if it is already gone. */
  revoke(organisationId: string, invitationId: string, change: Change): Promise<void>;
}
