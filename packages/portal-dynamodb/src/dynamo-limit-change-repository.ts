import type {
  Change,
  CheckClaimTarget,
  CheckedLimitChange,
  CheckLease,
  CheckWrite,
  DueLimitChange,
  LimitChangeRepository,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { ConflictError, type LimitChangeRecord, pendingShardOf } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { checkedLimitChangeOf, limitChangeItem, limitChangeOf } from './limit-change-item.js';
import { partitionPage } from './partition-page.js';
import { dueItems } from './scheduled-work.js';
import {
  type Expression,
  itemIsAbsent,
  putItem,
  updateItem,
  versionIs,
} from './write-operations.js';

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

  async recordCheck(
    read: Pick<CheckedLimitChange, 'organisationId' | 'externalId' | 'version'>,
    write: CheckWrite,
    change?: Change,
  ): Promise<void> {
    const key = keys.limitRequest(read.organisationId, read.externalId);
    const update = checkUpdate(read, write);
    const condition = versionIs(read.version);
    if (change) {
      const recorded = updateItem(this.store.tableName, key, update, condition);
      await this.store.transact(withChange(this.store.tableName, change, [recorded]));
      return;
    }
    // The common case, a check that changed nothing: one plain conditional update.
    if (!(await this.store.update(key, update, condition))) {
      throw new ConflictError('concurrent_modification');
    }
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
    // The index projects every attribute: each entry is all a check needs, read nowhere else.
    return items.map((item) => {
      const { nextCheckAt, ...checked } = checkedLimitChangeOf(item);
      if (nextCheckAt === undefined) throw new Error('A pending entry has no next check');
      return { ...checked, nextCheckAt };
    });
  }

  async claim(target: CheckClaimTarget, lease: CheckLease): Promise<boolean> {
    const { organisationId, externalId } = target;
    const { GSI2SK } = keys.pendingLimitLookup(
      pendingShardOf(externalId),
      lease.until,
      organisationId,
      externalId,
    );
    const unclaimedSince =
      lease.unlessClaimedAfter === undefined
        ? ''
        : ' AND (attribute_not_exists(lastClaimedAt) OR lastClaimedAt <= :since)';
    return this.store.update(
      keys.limitRequest(organisationId, externalId),
      {
        expression: 'SET #next = :lease, GSI2SK = :sk, #version = :claimed, lastClaimedAt = :at',
        names: { '#next': 'nextCheckAt', '#version': 'version' },
        values: {
          ':lease': lease.until,
          ':sk': GSI2SK,
          ':claimed': target.version + 1,
          ':at': lease.at,
        },
      },
      {
        expression: `#version = :read AND #next = :due${unclaimedSince}`,
        values: {
          ':read': target.version,
          ':due': target.nextCheckAt,
          ...(lease.unlessClaimedAfter !== undefined && { ':since': lease.unlessClaimedAfter }),
        },
      },
    );
  }
}

/**
 * The update recording `write` on `read`: its fields, the next version, the transition appended
 * to the history, and the pending-index keys moved with the next check (removed with it).
 */
function checkUpdate(
  read: Pick<CheckedLimitChange, 'organisationId' | 'externalId' | 'version'>,
  write: CheckWrite,
): Expression {
  const { organisationId, externalId } = read;
  const sets = ['#state = :state', 'checksInState = :checks', '#version = :version'];
  const values: Record<string, unknown> = {
    ':state': write.state,
    ':checks': write.checksInState,
    ':version': read.version + 1,
  };
  if (write.lastCheckedAt !== undefined) {
    sets.push('lastCheckedAt = :checkedAt');
    values[':checkedAt'] = write.lastCheckedAt;
  }
  if (write.transition) {
    sets.push('history = list_append(history, :transition)');
    values[':transition'] = [write.transition];
  }
  let removal = '';
  if (write.nextCheckAt === undefined) {
    removal = ' REMOVE nextCheckAt, GSI2PK, GSI2SK';
  } else {
    const pending = keys.pendingLimitLookup(
      pendingShardOf(externalId),
      write.nextCheckAt,
      organisationId,
      externalId,
    );
    sets.push('nextCheckAt = :next', 'GSI2PK = :pendingPk', 'GSI2SK = :pendingSk');
    Object.assign(values, {
      ':next': write.nextCheckAt,
      ':pendingPk': pending.GSI2PK,
      ':pendingSk': pending.GSI2SK,
    });
  }
  return {
    expression: `SET ${sets.join(', ')}${removal}`,
    names: { '#state': 'state', '#version': 'version' },
    values,
  };
}
