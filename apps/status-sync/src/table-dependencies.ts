import { type PortalRepositories, WebhookPublisher } from '@devportal/portal-domain';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';

/** What a status sync is given beside the portal's table: the bank and time. */
export type StatusSyncGiven = Pick<
  StatusSyncDependencies,
  'bank' | 'clock' | 'crypto' | 'webhookDelivery'
>;

/**
 * The status sync's dependencies on the portal's table, given its `repositories` (built once by
 * the caller): the repositories and the webhook outbox there, with what is `given`. Lambda
 * (`dependenciesFromEnvironment`), the local stack, the benches and the system tests assemble a
 * sync this one way.
 *
 * @example
 * const repositories = dynamoRepositories({ client: dynamoDb, tableName: 'portal' });
 * const deps = statusSyncOnTable(repositories, { bank, clock, crypto });
 */
export function statusSyncOnTable(
  repositories: PortalRepositories,
  given: StatusSyncGiven,
): StatusSyncDependencies {
  return {
    ...repositories,
    outbox: new WebhookPublisher({ webhooks: repositories.webhooks, clock: given.clock }),
    ...given,
  };
}
