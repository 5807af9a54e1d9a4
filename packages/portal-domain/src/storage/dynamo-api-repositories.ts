import type { AccessRequestRepository } from '../access-requests/access-request-repository.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import type { CredentialAttemptRepository } from '../applications/credential-attempts.js';
import type { BankConnectionRepository } from '../bank-connection/bank-connection-repository.js';
import type { CatalogRepository } from '../catalog/catalog-repository.js';
import type { LimitChangeRepository } from '../limit-changes/limit-change-repository.js';
import type { SubscriptionRepository } from '../subscriptions/subscription-repository.js';
import type { PlanMeter } from '../usage/plan-meter.js';
import type { UsageRepository } from '../usage/usage-repository.js';
import type { UsageRollup } from '../usage/usage-rollup.js';
import type { DocumentStore } from './document-store.js';
import { DynamoAccessRequestRepository } from './dynamo-access-request-store.js';
import { DynamoApplicationRepository } from './dynamo-application-store.js';
import { DynamoBankConnectionRepository } from './dynamo-bank-connection-store.js';
import { DynamoCatalogRepository } from './dynamo-catalog-store.js';
import { DynamoCredentialAttemptRepository } from './dynamo-credential-attempt-store.js';
import { DynamoLimitChangeRepository } from './dynamo-limit-change-store.js';
import { DynamoPlanMeter } from './dynamo-plan-meter.js';
import { DynamoSubscriptionRepository } from './dynamo-subscription-store.js';
import { DynamoUsageRollup } from './dynamo-usage-rollup.js';
import { DynamoUsageRepository } from './dynamo-usage-store.js';

/** The storage ports of API access: applications, catalog, subscriptions, bank, usage. */
export interface ApiRepositories {
  readonly applications: ApplicationRepository;
  readonly catalog: CatalogRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly accessRequests: AccessRequestRepository;
  readonly bankConnections: BankConnectionRepository;
  readonly limitChanges: LimitChangeRepository;
  readonly usage: UsageRepository;
  /** Adds closed minutes of `usage` into their hours and days (the status sync's schedule runs it). */
  readonly usageRollup: UsageRollup;
  readonly meters: PlanMeter;
  readonly credentialAttempts: CredentialAttemptRepository;
}

/**
 * Every API-access storage port on one table, sharing `store`.
 *
 * @example
 * const store = new DocumentStore(new DynamoDBClient({}), 'portal');
 * const api = dynamoApiRepositories(store);
 * const verifier = new ClientCredentialsVerifier({ ...api, hasher, clock: systemClock });
 */
export function dynamoApiRepositories(store: DocumentStore): ApiRepositories {
  return {
    applications: new DynamoApplicationRepository(store),
    catalog: new DynamoCatalogRepository(store),
    subscriptions: new DynamoSubscriptionRepository(store),
    accessRequests: new DynamoAccessRequestRepository(store),
    bankConnections: new DynamoBankConnectionRepository(store),
    limitChanges: new DynamoLimitChangeRepository(store),
    usage: new DynamoUsageRepository(store),
    usageRollup: new DynamoUsageRollup(store),
    meters: new DynamoPlanMeter(store),
    credentialAttempts: new DynamoCredentialAttemptRepository(store),
  };
}
