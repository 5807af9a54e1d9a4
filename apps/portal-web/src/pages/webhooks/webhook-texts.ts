import type { WebhookDelivery } from '@devportal/portal-client';
import type { MessageKey } from '../../i18n/messages.ru.js';

/** The event kinds a webhook may subscribe to, as the portal API accepts them. */
export const SUBSCRIBABLE_EVENTS = ['limit_change.state_changed', 'quota.warning'] as const;

/** A readable name of an event kind; the code itself for a kind this build does not know. */
export function eventLabelKey(eventType: string): MessageKey | undefined {
  const key = `webhooks.event.${eventType}`;
  return isEventKey(key) ? key : undefined;
}

function isEventKey(key: string): key is MessageKey {
  return (
    key === 'webhooks.event.limit_change.state_changed' ||
    key === 'webhooks.event.quota.warning' ||
    key === 'webhooks.event.webhook.test'
  );
}

/** Why a delivery attempt failed, in words. */
export function failureKey(error: NonNullable<WebhookDelivery['error']>): MessageKey {
  return `webhooks.failure.${error}`;
}
