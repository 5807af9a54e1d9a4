import type { DocumentStore, StoredItem } from './document-store.js';
import { INDEXES } from './table-definition.js';

/**
 * The items of one partition of GSI2, the index of scheduled work (limit-change checks,
 * webhook deliveries), that are due at `now` (an ISO time), earliest first.
 */
export async function dueItems(
  store: DocumentStore,
  partitionKey: string,
  now: string,
  limit: number,
): Promise<StoredItem[]> {
  const { items } = await store.query({
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
