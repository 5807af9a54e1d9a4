import type { AuditEvent } from '../audit/audit-event.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;

/** {@link AuditTrail} on the portal table: `ORG#<orgId> / AUDIT#<at>#<id>`, read backwards. */
export class DynamoAuditTrail implements AuditTrail {
  constructor(private readonly store: DocumentStore) {}

  async list(organisationId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    const partition = keys.orgPartition(organisationId);
    const result = await this.store.query({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': partition, ':prefix': ORG_ITEM_PREFIX.audit },
      },
      forward: false,
      limit: Math.min(page.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
      ...(page.cursor && {
        startKey: decodeCursor(page.cursor, partition, ORG_ITEM_PREFIX.audit),
      }),
    });
    return {
      items: result.items.map(auditEventOf),
      ...(result.lastKey && { nextCursor: encodeCursor(result.lastKey) }),
    };
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
