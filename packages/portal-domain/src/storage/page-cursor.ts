import { ValidationError } from '../errors.js';
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
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('invalid_cursor');
  }
  if (
    typeof key !== 'object' ||
    key === null ||
    Object.keys(key).length !== 2 ||
    !('PK' in key && 'SK' in key) ||
    key.PK !== partition ||
    typeof key.SK !== 'string' ||
    !key.SK.startsWith(sortKeyPrefix)
  ) {
    throw new ValidationError('invalid_cursor');
  }
  return key as StoredItem;
}
