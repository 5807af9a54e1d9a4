export { auditItem, withChange } from './change-writes.js';
export { createTable } from './create-table.js';
export {
  DocumentStore,
  type QueryPage,
  type QueryRequest,
  type StoredItem,
} from './document-store.js';
export { DynamoAuditTrail } from './dynamo-audit-trail.js';
export { DynamoInvitationRepository } from './dynamo-invitation-repository.js';
export { DynamoMemberRepository } from './dynamo-member-repository.js';
export { DynamoOrganisationRepository } from './dynamo-organisation-repository.js';
export { dynamoPortalRepositories } from './dynamo-portal-repositories.js';
export { DynamoUserRepository } from './dynamo-user-repository.js';
export { type ItemKey, keys, ORG_ITEM_PREFIX } from './keys.js';
export { memberItem, membershipOf } from './member-item.js';
export {
  organisationIsActive,
  organisationItem,
  organisationOf,
  organisationUnchanged,
} from './organisation-item.js';
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
