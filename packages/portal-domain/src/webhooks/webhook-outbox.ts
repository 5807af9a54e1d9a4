import type { Clock } from '../ports/clock.js';
import { newDelivery } from './webhook-delivery.js';
import type { WebhookEvent } from './webhook-event.js';
import type { WebhookRepository } from './webhook-repository.js';

/** Where the status sync and the gateway hand events for webhooks (a port: tests may record them). */
export interface WebhookOutbox {
  /** Queues `event` for every webhook that wants it; resolves how many deliveries that made. */
  publish(event: WebhookEvent): Promise<number>;
}

/**
 * {@link WebhookOutbox} on the webhook store: one delivery per interested webhook,
 * idempotent by event id, so publishing a fact again after a crash or a race
 * queues nothing twice.
 */
export class WebhookPublisher implements WebhookOutbox {
  constructor(
    private readonly deps: { readonly webhooks: WebhookRepository; readonly clock: Clock },
  ) {}

  async publish(event: WebhookEvent): Promise<number> {
    const { webhooks, clock } = this.deps;
    const candidates =
      event.applicationId === undefined
        ? await webhooks.listByOrganisation(event.organisationId)
        : await webhooks.listByApplication(event.organisationId, event.applicationId);
    const now = clock.now();
    const deliveries = candidates
      .filter((webhook) => webhook.events.includes(event.type))
      .map((webhook) => newDelivery(webhook, event, now));
    if (deliveries.length > 0) await webhooks.enqueue(deliveries);
    return deliveries.length;
  }
}
