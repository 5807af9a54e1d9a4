import { ValidationError } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';

/** Encodes a query's `LastEvaluatedKey` as an opaque, URL-safe cursor. */
export function encodeCursor(lastKey: StoredItem): string {
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor, accepting only keys inside `partition` whose sort key starts
 * with `sortKeyPrefix`: a forged cursor cannot reach into another organisation.
 */
export function decodeCursor(cursor: string, partition: string, sortKeyPrefix: string): StoredItem {
  const key = parseKey(cursor, ['PK', 'SK']);
  if (key.PK !== partition || !String(key.SK).startsWith(sortKeyPrefix)) {
    throw new ValidationError('invalid_cursor');
  }
  return key;
}

/**
 * Decodes a cursor of a query on the lookup index (GSI1), whose last key carries the
 * table's keys besides the index's: accepted only inside the index partition `partition`,
 * with an index sort key starting with `sortKeyPrefix`.
 */
export function decodeLookupCursor(
  cursor: string,
  partition: string,
  sortKeyPrefix: string,
): StoredItem {
  const key = parseKey(cursor, ['PK', 'SK', 'GSI1PK', 'GSI1SK']);
  if (key.GSI1PK !== partition || !String(key.GSI1SK).startsWith(sortKeyPrefix)) {
    throw new ValidationError('invalid_cursor');
  }
  return key;
}

/** The key a cursor encodes, if it has exactly the string attributes `names`. */
function parseKey(cursor: string, names: readonly string[]): StoredItem {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('invalid_cursor');
  }
  if (
    typeof key !== 'object' ||
    key === null ||
    Array.isArray(key) ||
    Object.keys(key).length !== names.length ||
    !names.every((name) => typeof (key as StoredItem)[name] === 'string')
  ) {
    throw new ValidationError('invalid_cursor');
  }
  return key as StoredItem;
}
