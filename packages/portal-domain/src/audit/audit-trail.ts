import type { Page, PageRequest } from '../ports/page.js';
import type { AuditEvent } from './audit-event.js';

/** Storage port: reading an organisation's audit trail (events are written with their changes). */
export interface AuditTrail {
  /** The organisation's events, newest first. */
  list(organisationId: string, page: PageRequest): Promise<Page<AuditEvent>>;
}
