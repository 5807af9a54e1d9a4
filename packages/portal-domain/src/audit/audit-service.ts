import type { AuthorisedScope } from '../access/organisation-access.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { AuditEvent } from './audit-event.js';

/** Reading an organisation's audit trail, newest first, for Owners and Administrators. */
export class AuditService {
  constructor(private readonly deps: PortalDependencies) {}

  /** One page of the organisation's audit events, newest first. */
  async list(
    { organisation }: AuthorisedScope<'audit.view'>,
    page: PageRequest = {},
  ): Promise<Page<AuditEvent>> {
    return this.deps.auditTrail.list(organisation.id, page);
  }
}
