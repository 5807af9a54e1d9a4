import type { Actor } from '../context/actor.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Webhook } from './webhook.js';
import type { WebhookEvent } from './webhook-event.js';

/**
 * The event a member sends to one webhook to try its receiver. Not a {@link WebhookEvent}: no
 * webhook subscribes to it and the outbox cannot publish it, it goes to the one webhook named.
 */
export interface WebhookTestEvent extends Omit<WebhookEvent, 'type' | 'applicationId'> {
  readonly type: 'webhook.test';
  readonly applicationId: string;
}

/** A new test event for `webhook`, asked for by `actor` at `now`: a new id every time. */
export function webhookTestEvent(
  webhook: Webhook,
  actor: Actor,
  now: Date,
  crypto: DomainCrypto,
): WebhookTestEvent {
  return {
    id: crypto.newId(),
    type: 'webhook.test',
    organisationId: webhook.organisationId,
    applicationId: webhook.applicationId,
    occurredAt: now.toISOString(),
    data: { webhookId: webhook.id, requestedBy: actor.userId },
  };
}
