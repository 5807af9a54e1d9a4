import { OrganisationAccess, type OrganisationTarget } from '../access/organisation-access.js';
import type { Actor } from '../context/actor.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { AuditEvent } from './audit-event.js';

/** Reading an organisation's audit trail, newest first, for Owners and Administrators. */
export class AuditService {
  private readonly access: OrganisationAccess;

  constructor(private readonly deps: PortalDependencies) {
    this.access = new OrganisationAccess(deps.organisations, deps.members);
  }

  /** One page of the organisation's audit events, newest first. */
  async list(
    actor: Actor,
    target: OrganisationTarget,
    page: PageRequest = {},
  ): Promise<Page<AuditEvent>> {
    const { organisation } = await this.access.authorise(actor, target, 'audit.view');
    return this.deps.auditTrail.list(organisation.id, page);
  }
}
