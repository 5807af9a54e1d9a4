import type { PortalServices } from '../portal-services.js';
import { webhookDeliveryView } from '../views/webhook-delivery-view.js';
import {
  accepted,
  created,
  type HandlerTable,
  noContent,
  ok,
  pageRequestOf,
} from './operation-call.js';

type WebhookOperations =
  | 'listWebhooks'
  | 'registerWebhook'
  | 'deleteWebhook'
  | 'listWebhookDeliveries'
  | 'sendWebhookTestEvent';

/** An application's webhooks and their delivery log; the signing secret leaves only on register. */
export function webhookRoutes(services: PortalServices): Pick<HandlerTable, WebhookOperations> {
  const { webhooks } = services;
  return {
    async listWebhooks(call) {
      return ok({
        items: await webhooks.list(call.scope, call.path.appId),
      });
    },
    async registerWebhook(call) {
      return created(await webhooks.register(call.actor, call.scope, call.path.appId, call.body));
    },
    async deleteWebhook(call) {
      await webhooks.delete(call.actor, call.scope, call.path.appId, call.path.webhookId);
      return noContent;
    },
    async sendWebhookTestEvent(call) {
      const queued = await webhooks.sendTestEvent(
        call.actor,
        call.scope,
        call.path.appId,
        call.path.webhookId,
      );
      return accepted(queued, {});
    },
    async listWebhookDeliveries(call) {
      const page = await webhooks.deliveries(
        call.scope,
        call.path.appId,
        call.path.webhookId,
        pageRequestOf(call),
      );
      return ok({ ...page, items: page.items.map(webhookDeliveryView) });
    },
  };
}
