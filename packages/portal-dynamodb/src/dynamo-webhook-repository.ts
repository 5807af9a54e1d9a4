import type {
  Change,
  DeliveryAttempt,
  Page,
  PageRequest,
  Webhook,
  WebhookDelivery,
  WebhookRepository,
} from '@devportal/portal-domain';
import { isDomainError, NotFoundError } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import { attemptItem, attemptOf } from './delivery-attempt-item.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { partitionPage } from './partition-page.js';
import { dueItems } from './scheduled-work.js';
import { INDEXES } from './table-definition.js';
import { deliveryItem, deliveryOf } from './webhook-delivery-item.js';
import { webhookItem, webhookOf } from './webhook-item.js';
import {
  checkItem,
  deleteItem,
  itemExists,
  itemIsAbsent,
  putItem,
  versionIs,
} from './write-operations.js';

/**
 * {@link WebhookRepository} on the portal table. Webhooks, their deliveries and
 * their log live in the application's partition `APP#<appId>`, so deleting the
 * application deletes them; pending deliveries are queued in the sparse GSI2 next to
 * the limit-change queue; the organisation's webhooks are found through GSI1.
 */
export class DynamoWebhookRepository implements WebhookRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(
    organisationId: string,
    applicationId: string,
    webhookId: string,
  ): Promise<Webhook | undefined> {
    const item = await this.store.get(keys.webhook(applicationId, webhookId));
    const webhook = item && webhookOf(item);
    return webhook?.organisationId === organisationId ? webhook : undefined;
  }

  async listByApplication(organisationId: string, applicationId: string): Promise<Webhook[]> {
    const webhooks: Webhook[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': keys.appPartition(applicationId), ':prefix': keys.webhookPrefix },
      },
    })) {
      const webhook = webhookOf(item);
      if (webhook.organisationId === organisationId) webhooks.push(webhook);
    }
    return webhooks;
  }

  async listByOrganisation(organisationId: string): Promise<Webhook[]> {
    const { GSI1PK } = keys.organisationWebhookLookup(organisationId, '', '');
    const webhooks: Webhook[] = [];
    for await (const item of this.store.queryAll({
      index: INDEXES.lookup,
      keyCondition: { expression: 'GSI1PK = :pk', values: { ':pk': GSI1PK } },
    })) {
      webhooks.push(webhookOf(item));
    }
    return webhooks;
  }

  async create(webhook: Webhook, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        checkItem(
          this.store.tableName,
          keys.application(webhook.organisationId, webhook.applicationId),
          itemExists,
          { onConditionFailed: () => new NotFoundError('application_not_found') },
        ),
        putItem(this.store.tableName, webhookItem(webhook), itemIsAbsent),
      ]),
    );
  }

  async delete(webhook: Webhook, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        deleteItem(
          this.store.tableName,
          keys.webhook(webhook.applicationId, webhook.id),
          itemExists,
          {
            onConditionFailed: () => new NotFoundError('webhook_not_found'),
          },
        ),
      ]),
    );
  }

  async enqueue(deliveries: readonly WebhookDelivery[]): Promise<void> {
    await Promise.all(
      deliveries.map(async (delivery) => {
        try {
          await this.store.write(
            putItem(this.store.tableName, deliveryItem(delivery), itemIsAbsent),
          );
        } catch (error) {
          // Already queued by an earlier publication of the same event: keep that one.
          if (!(isDomainError(error) && error.code === 'concurrent_modification')) throw error;
        }
      }),
    );
  }

  async listDue(shard: number, now: string, limit: number): Promise<WebhookDelivery[]> {
    const { GSI2PK } = keys.pendingWebhookDeliveryLookup(shard, now, '', '', '');
    const items = await dueItems(this.store, GSI2PK, now, limit);
    return items.map(deliveryOf);
  }

  async save(next: WebhookDelivery, attempt?: DeliveryAttempt): Promise<void> {
    const write = putItem(this.store.tableName, deliveryItem(next), versionIs(next.version - 1));
    const log = attempt
      ? [putItem(this.store.tableName, attemptItem(next.applicationId, attempt), itemIsAbsent)]
      : [];
    await this.store.transact([write, ...log]);
  }

  async countFailure(applicationId: string, webhookId: string): Promise<number | undefined> {
    const counted = await this.store.updateReturning(
      keys.webhook(applicationId, webhookId),
      {
        expression: 'ADD #streak :one',
        names: { '#streak': 'failureStreak' },
        values: { ':one': 1 },
      },
      itemExists,
    );
    return counted.updated ? Number(counted.attributes.failureStreak) : undefined;
  }

  async endFailureStreak(applicationId: string, webhookId: string): Promise<void> {
    // Conditioned on a streak running: most successes follow successes and write nothing.
    await this.store.update(
      keys.webhook(applicationId, webhookId),
      {
        expression: 'SET #streak = :zero',
        names: { '#streak': 'failureStreak' },
        values: { ':zero': 0 },
      },
      {
        expression: '#streak > :zero',
        names: { '#streak': 'failureStreak' },
        values: { ':zero': 0 },
      },
    );
  }

  async listAttempts(
    _organisationId: string,
    applicationId: string,
    webhookId: string,
    page: PageRequest,
  ): Promise<Page<DeliveryAttempt>> {
    const partition = keys.appPartition(applicationId);
    const prefix = keys.webhookAttemptPrefix(webhookId);
    return partitionPage(this.store, partition, prefix, page, attemptOf, { forward: false });
  }
}
