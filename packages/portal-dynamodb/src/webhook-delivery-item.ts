import {
  type DeliveryStatus,
  pendingShardOf,
  type WebhookDelivery,
} from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

/** How long finished deliveries and log entries are kept (DynamoDB's TTL removes them). */
const DELIVERY_RETENTION_SECONDS = 30 * 24 * 60 * 60;

const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'pending',
  'delivered',
  'failed',
  'cancelled',
];

/** When a delivery finished, or a log entry written, at `at` is removed. */
export function retainedUntil(at: string): number {
  return Math.ceil(Date.parse(at) / 1000) + DELIVERY_RETENTION_SECONDS;
}

/** The stored form of a delivery: queued on GSI2 while pending, kept for a while once finished. */
export function deliveryItem(delivery: WebhookDelivery): ItemKey & StoredItem {
  const { applicationId, webhookId, eventId, nextAttemptAt, lastAttemptAt } = delivery;
  return {
    ...keys.webhookDelivery(applicationId, webhookId, eventId),
    ...(nextAttemptAt
      ? keys.pendingWebhookDeliveryLookup(
          pendingShardOf(eventId),
          nextAttemptAt,
          applicationId,
          webhookId,
          eventId,
        )
      : { expiresAt: retainedUntil(lastAttemptAt ?? delivery.createdAt) }),
    entity: 'WebhookDelivery',
    ...delivery,
  };
}

/** The delivery an item stores. */
export function deliveryOf(item: StoredItem): WebhookDelivery {
  const read = new ItemReader(item, 'WebhookDelivery');
  const nextAttemptAt = read.optionalString('nextAttemptAt');
  const lastAttemptAt = read.optionalString('lastAttemptAt');
  return {
    organisationId: read.string('organisationId'),
    applicationId: read.string('applicationId'),
    webhookId: read.string('webhookId'),
    eventId: read.string('eventId'),
    eventType: read.string('eventType'),
    body: read.string('body'),
    status: read.oneOf('status', DELIVERY_STATUSES),
    attempts: read.number('attempts'),
    createdAt: read.string('createdAt'),
    ...(nextAttemptAt !== undefined && { nextAttemptAt }),
    ...(lastAttemptAt !== undefined && { lastAttemptAt }),
    version: read.number('version'),
  };
}
