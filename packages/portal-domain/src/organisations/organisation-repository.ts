import type { Change } from '../audit/change.js';
import type { Membership } from '../members/membership.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Role } from '../roles/role.js';
import type { Organisation } from './organisation.js';

/** An organisation seen from one of its members. */
export interface MyOrganisation {
  readonly organisation: Organisation;
  readonly role: Role;
}

/** Storage port for organisations. Every write commits its {@link Change} with it, or nothing. */
export interface OrganisationRepository {
  /** The organisation, unless it does not exist or was deleted. */
  get(organisationId: string): Promise<Organisation | undefined>;
  /**
   * One page of the organisations `userId` is a member of, with the role held in each, ordered
   * by organisation id. A page may hold fewer than asked when an organisation is being deleted.
   */
  listForUser(userId: string, page: PageRequest): Promise<Page<MyOrganisation>>;
  /** Stores a new organisation together with its Owner's membership. */
  create(organisation: Organisation, owner: Membership, change: Change): Promise<void>;
  /** Renames the organisation if it is still at the version read. */
  rename(organisation: Organisation, name: string, change: Change): Promise<void>;
  /**
   * Deletes the organisation: atomically hidden (from then on it does not exist for
   * anyone) if it is still at the version read, then its data removed in batches.
   */
  delete(organisation: Organisation, change: Change): Promise<void>;
}
