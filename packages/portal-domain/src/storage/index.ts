export { auditItem, withChange } from './change-writes.js';
export { createTable } from './create-table.js';
export {
  DocumentStore,
  type QueryPage,
  type QueryRequest,
  type StoredItem,
} from './document-store.js';
export { DynamoAuditTrail } from './dynamo-audit-trail.js';
export { type ItemKey, keys, ORG_ITEM_PREFIX } from './keys.js';
export { decodeCursor, encodeCursor } from './page-cursor.js';
export { ATTRIBUTES, INDEXES, portalTableDefinition } from './table-definition.js';
export {
  checkItem,
  deleteItem,
  type Expression,
  type GuardedWrite,
  itemExists,
  itemIsAbsent,
  putItem,
  type TransactItem,
  updateItem,
  versionIs,
} from './write-operations.js';
