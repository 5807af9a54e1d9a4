import type {
  AccessRequest,
  AccessRequestRepository,
  AccessRequestStatus,
  Change,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { ConflictError } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { lookupPage, partitionPage } from './partition-page.js';
import { deleteItem, itemIsAbsent, putItem, versionIs } from './write-operations.js';

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
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.accessRequest,
      page,
      accessRequestOf,
    );
  }

  async listByStatus(status: AccessRequestStatus, page: PageRequest): Promise<Page<AccessRequest>> {
    const { GSI1PK } = keys.accessRequestStatusLookup(status, '', '', '');
    return lookupPage(this.store, GSI1PK, '', page, accessRequestOf);
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
