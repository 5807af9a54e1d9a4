import type { Change, Subscription, SubscriptionRepository } from '@devportal/portal-domain';
import { ForbiddenError, NotFoundError } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { subscriptionItem, subscriptionOf } from './subscription-item.js';
import {
  checkItem,
  deleteItem,
  itemExists,
  itemIsAbsent,
  putItem,
  versionIs,
} from './write-operations.js';

const SUBSCRIPTION_PREFIX = keys.subscription('', '').SK;

/** {@link SubscriptionRepository} on the portal table: `APP#<appId> / SUB#<productId>`. */
export class DynamoSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly store: DocumentStore) {}

  async list(applicationId: string): Promise<Subscription[]> {
    const subscriptions: Subscription[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': keys.appPartition(applicationId), ':prefix': SUBSCRIPTION_PREFIX },
      },
    })) {
      subscriptions.push(subscriptionOf(item));
    }
    return subscriptions;
  }

  async get(applicationId: string, productId: string): Promise<Subscription | undefined> {
    const item = await this.store.get(keys.subscription(applicationId, productId));
    return item && subscriptionOf(item);
  }

  async save(next: Subscription, change: Change): Promise<void> {
    const table = this.store.tableName;
    const item = subscriptionItem(next);
    await this.store.transact(
      withChange(table, change, [
        putItem(table, item, next.version === 1 ? itemIsAbsent : versionIs(next.version - 1)),
        checkItem(table, keys.application(next.organisationId, next.applicationId), itemExists, {
          onConditionFailed: () => new NotFoundError('application_not_found'),
        }),
        ...(next.confidential
          ? [
              checkItem(
                table,
                keys.accessRequest(next.organisationId, next.productId),
                {
                  expression: '#status = :approved',
                  names: { '#status': 'status' },
                  values: { ':approved': 'approved' },
                },
                { onConditionFailed: () => new ForbiddenError('access_request_not_approved') },
              ),
            ]
          : []),
      ]),
    );
  }

  async delete(subscription: Subscription, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        deleteItem(
          this.store.tableName,
          keys.subscription(subscription.applicationId, subscription.productId),
          versionIs(subscription.version),
        ),
      ]),
    );
  }
}
