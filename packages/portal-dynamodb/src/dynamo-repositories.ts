import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PortalRepositories } from '@devportal/portal-domain';
import { DocumentStore } from './document-store.js';
import { DynamoAccessRequestRepository } from './dynamo-access-request-repository.js';
import { DynamoApplicationRepository } from './dynamo-application-repository.js';
import { DynamoAuditTrail } from './dynamo-audit-trail.js';
import { DynamoBankAuthorizationRepository } from './dynamo-bank-authorization-repository.js';
import { DynamoBankConnectionRepository } from './dynamo-bank-connection-repository.js';
import { DynamoCallLog } from './dynamo-call-log.js';
import { DynamoCatalogRepository } from './dynamo-catalog-repository.js';
import { DynamoCredentialAttemptRepository } from './dynamo-credential-attempt-repository.js';
import { DynamoInvitationRepository } from './dynamo-invitation-repository.js';
import { DynamoLimitChangeRepository } from './dynamo-limit-change-repository.js';
import { DynamoMemberRepository } from './dynamo-member-repository.js';
import { DynamoOrganisationRepository } from './dynamo-organisation-repository.js';
import { DynamoPlanMeter } from './dynamo-plan-meter.js';
import { DynamoSubscriptionRepository } from './dynamo-subscription-repository.js';
import { DynamoSyncRunRepository } from './dynamo-sync-run-repository.js';
import { DynamoUsageRepository } from './dynamo-usage-repository.js';
import { DynamoUsageRollup } from './dynamo-usage-rollup.js';
import { DynamoUserRepository } from './dynamo-user-repository.js';
import { DynamoWebhookRepository } from './dynamo-webhook-repository.js';

/** The portal's single table: a client and the table's name. */
export interface PortalTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}

/**
 * Every repository of the portal on its one table, sharing one document client. A deployable
 * builds them once, at start, and hands its services what each needs.
 *
 * @example
 * const repositories = dynamoRepositories({ client: new DynamoDBClient({}), tableName: 'portal' });
 * const members = new MemberService({ ...repositories, clock: systemClock, crypto: nodeCrypto });
 */
export function dynamoRepositories(table: PortalTable): PortalRepositories {
  const store = new DocumentStore(table.client, table.tableName);
  return {
    users: new DynamoUserRepository(store),
    organisations: new DynamoOrganisationRepository(store),
    members: new DynamoMemberRepository(store),
    invitations: new DynamoInvitationRepository(store),
    auditTrail: new DynamoAuditTrail(store),
    applications: new DynamoApplicationRepository(store),
    credentialAttempts: new DynamoCredentialAttemptRepository(store),
    catalog: new DynamoCatalogRepository(store),
    subscriptions: new DynamoSubscriptionRepository(store),
    accessRequests: new DynamoAccessRequestRepository(store),
    bankConnections: new DynamoBankConnectionRepository(store),
    bankAuthorizations: new DynamoBankAuthorizationRepository(store),
    limitChanges: new DynamoLimitChangeRepository(store),
    syncRuns: new DynamoSyncRunRepository(store),
    usage: new DynamoUsageRepository(store),
    usageRollup: new DynamoUsageRollup(store),
    meters: new DynamoPlanMeter(store),
    callLog: new DynamoCallLog(store),
    webhooks: new DynamoWebhookRepository(store),
  };
}
