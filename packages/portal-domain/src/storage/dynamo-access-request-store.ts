import type { AccessRequest, AccessRequestStatus } from '../access-requests/access-request.js';
import type { AccessRequestRepository } from '../access-requests/access-request-repository.js';
import type { Change } from '../audit/change.js';
import { ConflictError, ValidationError } from '../errors.js';
import type { Page, PageRequest } from '../ports/page.js';
import { withChange } from './change-writes.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { INDEXES } from './table-definition.js';
import { deleteItem, itemIsAbsent, putItem, versionIs } from './write-operations.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * {@link AccessRequestRepository} on the portal table: `ORG#<orgId> / ACCESS#<productId>`,
 * listed per status through GSI1 (`ACCESS#<STATUS>`), found by id through a pointer item.
 */
export class DynamoAccessRequestRepository implements AccessRequestRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string, productId: string): Promise<AccessRequest | undefined> {
    const item = await this.store.get(keys.accessRequest(organisationId, productId));
    return item && accessRequestOf(item);
  }

  async findById(requestId: string): Promise<AccessRequest | undefined> {
    const pointer = await this.store.get(keys.accessRequestById(requestId));
    if (!pointer) return undefined;
    const request = await this.get(pointer.organisationId as string, pointer.productId as string);
    return request?.id === requestId ? request : undefined;
  }

  async listForOrganisation(
    organisationId: string,
    page: PageRequest,
  ): Promise<Page<AccessRequest>> {
    const partition = keys.orgPartition(organisationId);
    const result = await this.store.query({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': partition, ':prefix': ORG_ITEM_PREFIX.accessRequest },
      },
      limit: pageSize(page),
      ...(page.cursor && {
        startKey: decodeCursor(page.cursor, partition, ORG_ITEM_PREFIX.accessRequest),
      }),
    });
    return pageOf(result.items, result.lastKey);
  }

  async listByStatus(status: AccessRequestStatus, page: PageRequest): Promise<Page<AccessRequest>> {
    const { GSI1PK } = keys.accessRequestStatusLookup(status, '', '', '');
    const result = await this.store.query({
      index: INDEXES.lookup,
      keyCondition: { expression: 'GSI1PK = :pk', values: { ':pk': GSI1PK } },
      limit: pageSize(page),
      ...(page.cursor && { startKey: decodeIndexCursor(page.cursor, GSI1PK) }),
    });
    return pageOf(result.items, result.lastKey);
  }

  async submit(
    request: AccessRequest,
    replaced: AccessRequest | undefined,
    change: Change,
  ): Promise<void> {
    const table = this.store.tableName;
    const open = () => new ConflictError('access_request_open');
    await this.store.transact(
      withChange(table, change, [
        putItem(
          table,
          accessRequestItem(request),
          replaced ? versionIs(replaced.version) : itemIsAbsent,
          { onConditionFailed: open },
        ),
        putItem(
          table,
          {
            ...keys.accessRequestById(request.id),
            entity: 'AccessRequestPointer',
            organisationId: request.organisationId,
            productId: request.productId,
          },
          itemIsAbsent,
        ),
        ...(replaced ? [deleteItem(table, keys.accessRequestById(replaced.id))] : []),
      ]),
    );
  }

  async decide(next: AccessRequest, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        putItem(this.store.tableName, accessRequestItem(next), versionIs(next.version - 1)),
      ]),
    );
  }
}

function accessRequestItem(request: AccessRequest): StoredItem & { PK: string; SK: string } {
  return {
    ...keys.accessRequest(request.organisationId, request.productId),
    ...keys.accessRequestStatusLookup(
      request.status,
      request.submittedAt,
      request.organisationId,
      request.productId,
    ),
    entity: 'AccessRequest',
    ...request,
  };
}

function accessRequestOf(item: StoredItem): AccessRequest {
  const { PK: _pk, SK: _sk, GSI1PK: _gsi1pk, GSI1SK: _gsi1sk, entity: _entity, ...request } = item;
  return request as unknown as AccessRequest;
}

function pageSize(page: PageRequest): number {
  return Math.min(page.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

function pageOf(items: StoredItem[], lastKey: StoredItem | undefined): Page<AccessRequest> {
  return {
    items: items.map(accessRequestOf),
    ...(lastKey && { nextCursor: encodeCursor(lastKey) }),
  };
}

/**
 * Decodes a cursor of a GSI1 listing, accepting only keys of the index partition
 * `indexPartition` (an index cursor carries the table key and the index key).
 */
function decodeIndexCursor(cursor: string, indexPartition: string): StoredItem {
  const invalid = () => new ValidationError('invalid_cursor');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const expected = ['GSI1PK', 'GSI1SK', 'PK', 'SK'];
  if (
    typeof key !== 'object' ||
    key === null ||
    Object.keys(key).sort().join() !== expected.join() ||
    Object.values(key).some((value) => typeof value !== 'string') ||
    (key as StoredItem).GSI1PK !== indexPartition
  ) {
    throw invalid();
  }
  return key as StoredItem;
}
