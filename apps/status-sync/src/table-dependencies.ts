import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { WebhookPublisher } from '@devportal/portal-domain';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
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
  const repositories = dynamoRepositories({ client: dynamoDb, tableName });
  return {
    ...repositories,
    outbox: new WebhookPublisher({ webhooks: repositories.webhooks, clock: given.clock }),
    ...given,
  };
}
