import type { PortalServices } from '../portal-services.js';
import { quotaUsageView, subscriptionView } from '../views/subscription-view.js';
import { type HandlerTable, noContent, ok } from './operation-call.js';

/** Subscriptions of an application: at most one plan per product. */
export function subscriptionRoutes(
  services: PortalServices,
): Pick<HandlerTable, 'listSubscriptions' | 'subscribe' | 'unsubscribe'> {
  const { subscriptions, quotaUsage } = services;
  return {
    async listSubscriptions(call) {
      const items = await subscriptions.list(call.scope, call.path.appId);
      const usages = await Promise.all(items.map((item) => quotaUsage.of(item)));
      return ok({
        items: items.map((item, index) => ({
          ...subscriptionView(item),
          quota: (usages[index] ?? []).map(quotaUsageView),
        })),
      });
    },
    async subscribe(call) {
      const subscription = await subscriptions.subscribe(
        call.actor,
        call.scope,
        call.path.appId,
        call.path.productId,
        call.body.planId,
      );
      return ok(subscriptionView(subscription));
    },
    async unsubscribe(call) {
      await subscriptions.unsubscribe(call.actor, call.scope, call.path.appId, call.path.productId);
      return noContent;
    },
  };
}
