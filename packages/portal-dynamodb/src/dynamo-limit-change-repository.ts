import type {
  Change,
  CheckClaimTarget,
  DueLimitChange,
  LimitChangeRepository,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { ConflictError, type LimitChangeRecord, pendingShardOf } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { limitChangeItem, limitChangeOf } from './limit-change-item.js';
import { partitionPage } from './partition-page.js';
import { dueItems } from './scheduled-work.js';
import { itemIsAbsent, putItem, versionIs } from './write-operations.js';

/**
 * {@link LimitChangeRepository} on the portal table: `ORG#<orgId> / LIMIT#<externalId>`,
 * in the sparse GSI2 queue exactly while a next check is scheduled.
 */
export class DynamoLimitChangeRepository implements LimitChangeRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string, externalId: string): Promise<LimitChangeRecord | undefined> {
    const item = await this.store.get(keys.limitRequest(organisationId, externalId));
    return item && limitChangeOf(item);
  }

  async list(organisationId: string, page: PageRequest): Promise<Page<LimitChangeRecord>> {
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.limitRequest,
      page,
      limitChangeOf,
    );
  }

  async create(record: LimitChangeRecord, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        putItem(this.store.tableName, limitChangeItem(record), itemIsAbsent, {
          onConditionFailed: () => new ConflictError('limit_request_exists'),
        }),
      ]),
    );
  }

  async save(next: LimitChangeRecord, change?: Change): Promise<void> {
    const write = putItem(this.store.tableName, limitChangeItem(next), versionIs(next.version - 1));
    await this.store.transact(change ? withChange(this.store.tableName, change, [write]) : [write]);
  }

  async listDue(
    shard: number,
    now: string,
    limit: number,
    after?: DueLimitChange,
  ): Promise<DueLimitChange[]> {
    const { GSI2PK } = keys.pendingLimitLookup(shard, now, '', '');
    const startKey = after && {
      ...keys.limitRequest(after.organisationId, after.externalId),
      ...keys.pendingLimitLookup(shard, after.nextCheckAt, after.organisationId, after.externalId),
    };
    const items = await dueItems(this.store, GSI2PK, now, limit, startKey);
    return items.map((item) => {
      const read = new ItemReader(item, 'LimitChangeRequest');
      return {
        organisationId: read.string('organisationId'),
        externalId: read.string('externalId'),
        nextCheckAt: read.string('nextCheckAt'),
        version: read.number('version'),
      };
    });
  }

  async claim(target: CheckClaimTarget, leaseUntil: string): Promise<boolean> {
    const { organisationId, externalId } = target;
    const { GSI2SK } = keys.pendingLimitLookup(
      pendingShardOf(externalId),
      leaseUntil,
      organisationId,
      externalId,
    );
    return this.store.update(
      keys.limitRequest(organisationId, externalId),
      {
        expression: 'SET #next = :lease, GSI2SK = :sk, #version = :claimed',
        names: { '#next': 'nextCheckAt', '#version': 'version' },
        values: { ':lease': leaseUntil, ':sk': GSI2SK, ':claimed': target.version + 1 },
      },
      {
        expression: '#version = :read AND #next = :due',
        values: { ':read': target.version, ':due': target.nextCheckAt },
      },
    );
  }
}
