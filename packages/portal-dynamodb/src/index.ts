export { accessRequestItem } from './access-request-item.js';
export { auditItem } from './audit-event-item.js';
export { withChange } from './change-writes.js';
export { createTable } from './create-table.js';
export { attemptItem } from './delivery-attempt-item.js';
export {
  DocumentStore,
  type QueryPage,
  type QueryRequest,
  type StoredItem,
} from './document-store.js';
export { DynamoAccessRequestRepository } from './dynamo-access-request-repository.js';
export { DynamoApplicationRepository } from './dynamo-application-repository.js';
export { DynamoAuditTrail } from './dynamo-audit-trail.js';
export { DynamoBankAuthorizationRepository } from './dynamo-bank-authorization-repository.js';
export { DynamoBankConnectionRepository } from './dynamo-bank-connection-repository.js';
export { DynamoCallLog } from './dynamo-call-log.js';
export { DynamoCatalogRepository } from './dynamo-catalog-repository.js';
export { DynamoCredentialAttemptRepository } from './dynamo-credential-attempt-repository.js';
export { DynamoInvitationRepository } from './dynamo-invitation-repository.js';
export { DynamoLimitChangeRepository } from './dynamo-limit-change-repository.js';
export { DynamoMemberRepository } from './dynamo-member-repository.js';
export { DynamoOrganisationRepository } from './dynamo-organisation-repository.js';
export { DynamoPlanMeter } from './dynamo-plan-meter.js';
export { dynamoRepositories, type PortalTable } from './dynamo-repositories.js';
export { DynamoSentMailLedger } from './dynamo-sent-mail-ledger.js';
export { DynamoSubscriptionRepository } from './dynamo-subscription-repository.js';
export { DynamoSyncRunRepository } from './dynamo-sync-run-repository.js';
export { DynamoUsageRepository, expiryOf } from './dynamo-usage-repository.js';
export { DynamoUsageRollup } from './dynamo-usage-rollup.js';
export { DynamoUserRepository } from './dynamo-user-repository.js';
export { DynamoWebhookRepository } from './dynamo-webhook-repository.js';
export { type ItemKey, keys, ORG_ITEM_PREFIX } from './keys.js';
export { KmsKeyEncryption } from './kms-key-encryption.js';
export { LocalKeyFileEncryption } from './local-key-file-encryption.js';
export { memberItem, membershipOf } from './member-item.js';
export {
  organisationIsActive,
  organisationItem,
  organisationOf,
  organisationUnchanged,
} from './organisation-item.js';
export { decodeCursor, encodeCursor } from './page-cursor.js';
export { ATTRIBUTES, INDEXES, portalTableDefinition } from './table-definition.js';
export { countersOfTally, counterUpdate } from './usage-counter-item.js';
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
