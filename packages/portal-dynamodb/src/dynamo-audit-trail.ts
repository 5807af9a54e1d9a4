import type { AuditEvent, AuditTrail, Page, PageRequest } from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
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

function auditEventOf(item: StoredItem): AuditEvent {
  return {
    id: item.id as string,
    organisationId: item.organisationId as string,
    at: item.at as string,
    actorUserId: item.actorUserId as string,
    actorRole: item.actorRole as AuditEvent['actorRole'],
    action: item.action as string,
    target: item.target as AuditEvent['target'],
    sourceIp: item.sourceIp as string,
    details: item.details as AuditEvent['details'],
  };
}
