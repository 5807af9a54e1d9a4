import type { AuditEvent, AuditTrail, Page, PageRequest } from '@devportal/portal-domain';
import { auditEventOf } from './audit-event-item.js';
import type { DocumentStore } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { partitionPage } from './partition-page.js';

/** {@link AuditTrail} on the portal table: `ORG#<orgId> / AUDIT#<at>#<id>`, read backwards. */
export class DynamoAuditTrail implements AuditTrail {
  constructor(private readonly store: DocumentStore) {}

  async list(organisationId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.audit,
      page,
      auditEventOf,
      { forward: false },
    );
  }
}
