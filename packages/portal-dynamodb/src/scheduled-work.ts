import type { DocumentStore, StoredItem } from './document-store.js';
import { INDEXES } from './table-definition.js';

/**
 * The items of one partition of GSI2, the index of scheduled work (limit-change checks,
 * webhook deliveries), that are due at `now` (an ISO time), earliest first; after `startKey` (the
 * index and table keys of an entry already read) when given.
 */
export async function dueItems(
  store: DocumentStore,
  partitionKey: string,
  now: string,
  limit: number,
  startKey?: StoredItem,
): Promise<StoredItem[]> {
  const { items } = await store.query({
    ...(startKey && { startKey }),
    index: INDEXES.pendingLimits,
    keyCondition: {
      // '~' sorts after the '#' that follows the time, so everything due at `now` is in.
      expression: 'GSI2PK = :pk AND GSI2SK <= :due',
      values: { ':pk': partitionKey, ':due': `${now}~` },
    },
    limit,
  });
  return items;
}
