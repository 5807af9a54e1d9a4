import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { Subscription, SubscriptionInput } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Subscriptions of an application to tariff plans, one per product at most. */
export class Subscriptions extends PortalResource {
  /** The application's subscriptions (not paginated: one per product at most). */
  async list(orgId: string, appId: string, options?: CallOptions): Promise<Subscription[]> {
    const { items } = await this.core.send(
      'listSubscriptions',
      { params: { path: { orgId, appId } } },
      options,
    );
    return items;
  }

  /** Subscribes the application to a plan of the product, or changes its plan. */
  subscribe(
    orgId: string,
    appId: string,
    productId: string,
    input: SubscriptionInput,
    options?: CallOptions,
  ): ResponsePromise<Subscription> {
    return this.core.send(
      'subscribe',
      { params: { path: { orgId, appId, productId } }, body: input },
      options,
    );
  }

  unsubscribe(
    orgId: string,
    appId: string,
    productId: string,
    options?: CallOptions,
  ): ResponsePromise<void> {
    return this.core.send(
      'unsubscribe',
      { params: { path: { orgId, appId, productId } } },
      options,
    );
  }
}
