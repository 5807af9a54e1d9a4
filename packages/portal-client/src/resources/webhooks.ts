import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import { mapData } from '../client/map-data.js';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type {
  QueuedWebhookTestEvent,
  RegisteredWebhook,
  Webhook,
  WebhookDelivery,
  WebhookInput,
} from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/**
 * Webhooks of an application: POSTs of its events signed as Standard Webhooks specifies (verify
 * them with `webhooks.constructEvent`), and the log of their delivery.
 */
export class Webhooks extends PortalResource {
  /** The application's webhooks, never their signing secrets (not paginated: five at most). */
  list(orgId: string, appId: string, options?: CallOptions): ResponsePromise<Webhook[]> {
    const call = this.core.send('listWebhooks', { params: { path: { orgId, appId } } }, options);
    return mapData(call, ({ items }) => items);
  }

  /**
   * Registers a webhook for the given kinds of event (every kind when `events` is omitted); the
   * answer is the only place its signing secret appears. Not retried (it is a POST).
   *
   * @example
   * ```ts
   * const { webhook, secret } = await client.webhooks.register(orgId, appId, {
   *   url: 'https://hooks.example.com/devportal',
   *   events: ['limit_change.state_changed'],
   * });
   * await vault.save(webhook.id, secret); // for webhooks.constructEvent on your receiver
   * ```
   */
  register(
    orgId: string,
    appId: string,
    input: WebhookInput,
    options?: CallOptions,
  ): ResponsePromise<RegisteredWebhook> {
    return this.core.send(
      'registerWebhook',
      { params: { path: { orgId, appId } }, body: input },
      options,
    );
  }

  /** Deletes the webhook: nothing more is sent to it. */
  delete(
    orgId: string,
    appId: string,
    webhookId: string,
    options?: CallOptions,
  ): ResponsePromise<void> {
    return this.core.send(
      'deleteWebhook',
      { params: { path: { orgId, appId, webhookId } } },
      options,
    );
  }

  /**
   * Queues a `webhook.test` event for this webhook alone, delivered like any other event by the
   * next delivery round; resolves its id, as `deliveries` and the `webhook-id` header show it.
   * Not retried (it is a POST): each call is a new event.
   */
  sendTestEvent(
    orgId: string,
    appId: string,
    webhookId: string,
    options?: CallOptions,
  ): ResponsePromise<QueuedWebhookTestEvent> {
    return this.core.send(
      'sendWebhookTestEvent',
      { params: { path: { orgId, appId, webhookId } } },
      options,
    );
  }

  /** Every attempt to deliver the webhook's events, newest first. */
  deliveries(
    orgId: string,
    appId: string,
    webhookId: string,
    params: ListParams = {},
    options?: CallOptions,
  ): PageList<WebhookDelivery> {
    return this.core.list('listWebhookDeliveries', { orgId, appId, webhookId }, params, options);
  }
}
