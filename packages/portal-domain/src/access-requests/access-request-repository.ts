import type { Change } from '../audit/change.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { AccessRequest, AccessRequestStatus } from './access-request.js';

/** Storage port for access requests. Every write commits its {@link Change} with it, or nothing. */
export interface AccessRequestRepository {
  /** The organisation's request for the product. */
  get(organisationId: string, productId: string): Promise<AccessRequest | undefined>;
  /** The request with this id, whichever organisation made it (for platform operators). */
  findById(requestId: string): Promise<AccessRequest | undefined>;
  listForOrganisation(organisationId: string, page: PageRequest): Promise<Page<AccessRequest>>;
  /** Every organisation's requests in `status`, oldest submission first. */
  listByStatus(status: AccessRequestStatus, page: PageRequest): Promise<Page<AccessRequest>>;
  /**
   * Stores a pending request: only if the organisation has none for the product,
   * or still has exactly `replaced` (a rejected or revoked one, read before).
   */
  submit(
    request: AccessRequest,
    replaced: AccessRequest | undefined,
    change: Change,
  ): Promise<void>;
  /** Stores the decided request if it is still at `next.version - 1`. */
  decide(next: AccessRequest, change: Change): Promise<void>;
}
