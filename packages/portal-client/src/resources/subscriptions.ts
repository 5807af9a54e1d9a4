import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import { mapData } from '../client/map-data.js';
import type { Subscription, SubscriptionInput } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Subscriptions of an application to tariff plans, one per product at most. */
export class Subscriptions extends PortalResource {
  /** The application's subscriptions (not paginated: one per product at most). */
  list(orgId: string, appId: string, options?: CallOptions): ResponsePromise<Subscription[]> {
    const call = this.core.send(
      'listSubscriptions',
      { params: { path: { orgId, appId } } },
      options,
    );
    return mapData(call, ({ items }) => items);
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
