import type {
  AccessRequest,
  AccessRequestRepository,
  AccessRequestStatus,
  Change,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { ConflictError } from '@devportal/portal-domain';
import { accessRequestItem, accessRequestOf } from './access-request-item.js';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { ItemReader } from './item-reader.js';
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
    const read = new ItemReader(pointer, 'AccessRequestPointer');
    const request = await this.get(read.string('organisationId'), read.string('productId'));
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
