import { WEBHOOK_EVENT_TYPES, type Webhook } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import { sealedSecretOf } from './sealed-secret-item.js';

/** The stored form of a webhook: in its application's partition, found by organisation through GSI1. */
export function webhookItem(webhook: Webhook): ItemKey & StoredItem {
  return {
    ...keys.webhook(webhook.applicationId, webhook.id),
    ...keys.organisationWebhookLookup(webhook.organisationId, webhook.applicationId, webhook.id),
    entity: 'Webhook',
    ...webhook,
  };
}

/** The webhook an item stores. */
export function webhookOf(item: StoredItem): Webhook {
  const read = new ItemReader(item, 'Webhook');
  return {
    id: read.string('id'),
    organisationId: read.string('organisationId'),
    applicationId: read.string('applicationId'),
    url: read.string('url'),
    events: read.listOf('events', WEBHOOK_EVENT_TYPES),
    secret: sealedSecretOf(read.nested('secret')),
    createdAt: read.string('createdAt'),
    createdBy: read.string('createdBy'),
  };
}
