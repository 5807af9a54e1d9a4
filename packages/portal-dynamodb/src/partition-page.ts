import type { Page, PageRequest } from '@devportal/portal-domain';
import type { DocumentStore, QueryPage, StoredItem } from './document-store.js';
import { decodeCursor, decodeLookupCursor, encodeCursor } from './page-cursor.js';
import { INDEXES } from './table-definition.js';

/** Items per page when the request does not say, and the most a page may hold: every list's. */
const PAGE_SIZE = { default: 20, max: 100 } as const;

/** A table item's keys and its lookup index's (GSI1): what an index page's cursor holds. */
const LOOKUP_KEY_NAMES = ['PK', 'SK', 'GSI1PK', 'GSI1SK'] as const;

/** How a partition is read: newest first (`forward: false`), or eventually consistent. */
export interface PartitionReading {
  readonly forward?: boolean;
  readonly consistent?: boolean;
}

/** The number of items a page shows. */
export function pageSizeOf(page: PageRequest): number {
  return Math.min(page.limit ?? PAGE_SIZE.default, PAGE_SIZE.max);
}

/**
 * The page shown from `result`, a query made with one item more than `size`: the lookahead item
 * tells whether another page follows, so the last page carries no cursor (a query's own
 * `LastEvaluatedKey` would lead to an empty page whenever the items end on a page boundary).
 * The cursor holds the attributes `keyNames` of the last item shown.
 */
function pageWithLookahead<T>(
  result: QueryPage,
  size: number,
  keyNames: readonly string[],
  itemOf: (item: StoredItem) => T,
): Page<T> {
  const shown = result.items.slice(0, size);
  const last = shown.at(-1);
  // Fewer items than asked and a LastEvaluatedKey: the query stopped at its 1 MB limit.
  const more = result.items.length > size || result.lastKey !== undefined;
  return {
    items: shown.map(itemOf),
    ...(more &&
      last && {
        nextCursor: encodeCursor(Object.fromEntries(keyNames.map((name) => [name, last[name]]))),
      }),
  };
}

/**
 * One page of the items of `partition` whose sort key starts with `prefix`, in sort-key order
 * (`Query` with `Limit` and `ExclusiveStartKey`); the cursor is the last key shown, accepted back
 * only inside the same partition and prefix.
 */
export async function partitionPage<T>(
  store: DocumentStore,
  partition: string,
  prefix: string,
  page: PageRequest,
  itemOf: (item: StoredItem) => T,
  reading: PartitionReading = {},
): Promise<Page<T>> {
  const size = pageSizeOf(page);
  const result = await store.query({
    keyCondition: {
      expression: 'PK = :pk AND begins_with(SK, :prefix)',
      values: { ':pk': partition, ':prefix': prefix },
    },
    limit: size + 1,
    ...reading,
    ...(page.cursor !== undefined && { startKey: decodeCursor(page.cursor, partition, prefix) }),
  });
  return pageWithLookahead(result, size, ['PK', 'SK'], itemOf);
}

/**
 * One page of the lookup index's (GSI1) partition `indexPartition`, items whose index sort key
 * starts with `prefix` (every item for `''`), in index order; the cursor, the last item's table
 * and index keys, is accepted back only inside the same index partition and prefix.
 */
export async function lookupPage<T>(
  store: DocumentStore,
  indexPartition: string,
  prefix: string,
  page: PageRequest,
  itemOf: (item: StoredItem) => T,
): Promise<Page<T>> {
  const size = pageSizeOf(page);
  const result = await store.query({
    index: INDEXES.lookup,
    // DynamoDB refuses an empty string in a key condition: no prefix, no begins_with.
    keyCondition:
      prefix === ''
        ? { expression: 'GSI1PK = :pk', values: { ':pk': indexPartition } }
        : {
            expression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
            values: { ':pk': indexPartition, ':prefix': prefix },
          },
    limit: size + 1,
    ...(page.cursor !== undefined && {
      startKey: decodeLookupCursor(page.cursor, indexPartition, prefix),
    }),
  });
  return pageWithLookahead(result, size, LOOKUP_KEY_NAMES, itemOf);
}
