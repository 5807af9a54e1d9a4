import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { WebhookPublisher } from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoWebhookRepository,
  dynamoApiRepositories,
  dynamoPortalRepositories,
} from '@devportal/portal-domain/dynamodb';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';

/** What a status sync is given beside the portal's table: the bank and time. */
export type StatusSyncGiven = Pick<
  StatusSyncDependencies,
  'bank' | 'clock' | 'crypto' | 'webhookDelivery'
>;

/**
 * The status sync's dependencies on the portal's table `tableName`: its repositories and the
 * webhook outbox there, with what is `given`. Lambda (`dependenciesFromEnvironment`), the local
 * stack, the benches and the system tests assemble a sync this one way.
 *
 * @example
 * const deps = statusSyncOnTable(dynamoDb, 'portal', { bank, clock, crypto });
 */
export function statusSyncOnTable(
  dynamoDb: DynamoDBClient,
  tableName: string,
  given: StatusSyncGiven,
): StatusSyncDependencies {
  const store = new DocumentStore(dynamoDb, tableName);
  const api = dynamoApiRepositories(store);
  return {
    ...dynamoPortalRepositories(dynamoDb, tableName),
    limitChanges: api.limitChanges,
    usageRollup: api.usageRollup,
    outbox: new WebhookPublisher({
      webhooks: new DynamoWebhookRepository(store),
      clock: given.clock,
    }),
    ...given,
  };
}
