import { DELIVERY_FAILURES, type DeliveryAttempt } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import { retainedUntil } from './webhook-delivery-item.js';

/** The stored form of one attempt in a webhook's delivery log, sorted by time. */
export function attemptItem(applicationId: string, attempt: DeliveryAttempt): ItemKey & StoredItem {
  return {
    ...keys.webhookAttempt(
      applicationId,
      attempt.webhookId,
      attempt.at,
      attempt.eventId,
      attempt.attempt,
    ),
    entity: 'WebhookDeliveryAttempt',
    expiresAt: retainedUntil(attempt.at),
    ...attempt,
  };
}

/** The attempt a log entry stores. */
export function attemptOf(item: StoredItem): DeliveryAttempt {
  const read = new ItemReader(item, 'WebhookDeliveryAttempt');
  const httpStatus = item.httpStatus === undefined ? undefined : read.number('httpStatus');
  const error = item.error === undefined ? undefined : read.oneOf('error', DELIVERY_FAILURES);
  return {
    webhookId: read.string('webhookId'),
    eventId: read.string('eventId'),
    eventType: read.string('eventType'),
    attempt: read.number('attempt'),
    at: read.string('at'),
    outcome: read.oneOf('outcome', ['delivered', 'failed'] as const),
    ...(httpStatus !== undefined && { httpStatus }),
    durationMs: read.number('durationMs'),
    ...(error !== undefined && { error }),
  };
}
