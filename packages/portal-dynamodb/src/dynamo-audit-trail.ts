import type {
  AuditEvent,
  AuditFilter,
  AuditTrail,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { ValidationError } from '@devportal/portal-domain';
import { auditEventOf } from './audit-event-item.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { pageSizeOf } from './partition-page.js';
import type { Expression } from './write-operations.js';

/**
 * Reads one page may take while a filter skips events: a page then holds what these found, with a
 * cursor where the reading stopped, so a sparse filter never holds one request for long.
 */
const MAX_READS_PER_PAGE = 8;

/** Items a filtered read evaluates at once: more than a page, since most may be skipped. */
const FILTERED_READ_LIMIT = 200;

/** Sorts after every event id: the upper bound of an instant's sort keys. */
const AFTER_EVERY_ID = '\uffff';

/**
 * {@link AuditTrail} on the portal table: `ORG#<orgId> / AUDIT#<at>#<id>`, read backwards. The
 * time range is the key condition (a `BETWEEN` on the sort key); the actor and the action are a
 * filter expression, so they cost the reads of the events they skip.
 */
export class DynamoAuditTrail implements AuditTrail {
  constructor(private readonly store: DocumentStore) {}

  async list(
    organisationId: string,
    page: PageRequest,
    filter: AuditFilter = {},
  ): Promise<Page<AuditEvent>> {
    const partition = keys.orgPartition(organisationId);
    const prefix = ORG_ITEM_PREFIX.audit;
    const size = pageSizeOf(page);
    const condition = filterExpressionOf(filter);
    const found: StoredItem[] = [];
    const first = `${prefix}${filter.from ?? ''}`;
    const last = `${prefix}${filter.to ?? ''}${AFTER_EVERY_ID}`;
    let startKey =
      page.cursor === undefined ? undefined : cursorKey(page.cursor, partition, first, last);
    let reads = 0;
    do {
      const result = await this.store.query({
        keyCondition: {
          expression: 'PK = :pk AND SK BETWEEN :first AND :last',
          values: {
            ':pk': partition,
            ':first': first,
            ':last': last,
          },
        },
        ...(condition && { filter: condition }),
        limit: condition ? FILTERED_READ_LIMIT : size + 1,
        forward: false,
        ...(startKey && { startKey }),
      });
      found.push(...result.items);
      startKey = result.lastKey;
      reads++;
    } while (found.length <= size && startKey !== undefined && reads < MAX_READS_PER_PAGE);
    const shown = found.slice(0, size);
    // More matches than shown: go on after the last one shown; else after the last one read.
    const resumeAt = found.length > size ? shown.at(-1) : startKey;
    return {
      items: shown.map(auditEventOf),
      ...(resumeAt && { nextCursor: encodeCursor({ PK: resumeAt.PK, SK: resumeAt.SK }) }),
    };
  }
}

/** The filter expression of the actor and the action, if the filter names either. */
function filterExpressionOf(filter: AuditFilter): Expression | undefined {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  if (filter.actorUserId !== undefined) {
    parts.push('#actor = :actor');
    names['#actor'] = 'actorUserId';
    values[':actor'] = filter.actorUserId;
  }
  if (filter.action !== undefined) {
    parts.push('#action = :action');
    names['#action'] = 'action';
    values[':action'] = filter.action;
  }
  if (parts.length === 0) return undefined;
  return { expression: parts.join(' AND '), names, values };
}

/**
 * The key `cursor` holds, accepted only inside the partition and the time range: DynamoDB refuses
 * a start key outside the key condition, and a cursor of another range belongs to another listing.
 */
function cursorKey(cursor: string, partition: string, first: string, last: string): StoredItem {
  const key = decodeCursor(cursor, partition, ORG_ITEM_PREFIX.audit);
  const sortKey = String(key.SK);
  if (sortKey < first || sortKey > last) throw new ValidationError('invalid_cursor');
  return key;
}
