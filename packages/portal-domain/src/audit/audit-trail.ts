import type { Page, PageRequest } from '../ports/page.js';
import type { AuditEvent } from './audit-event.js';
import type { AuditFilter } from './audit-filter.js';

/** Storage port: reading an organisation's audit trail (events are written with their changes). */
export interface AuditTrail {
  /**
   * The organisation's events that pass `filter` (all without one), newest first. A page may
   * hold fewer than `page.limit` events and still carry a cursor when the filter skipped many.
   */
  list(organisationId: string, page: PageRequest, filter?: AuditFilter): Promise<Page<AuditEvent>>;
}
