import type { Change } from '../audit/change.js';
import type { Subscription } from './subscription.js';

/**
 * Storage port for subscriptions: one item per application and product, so an
 * application can never hold two plans of one product.
 */
export interface SubscriptionRepository {
  list(applicationId: string): Promise<Subscription[]>;
  get(applicationId: string, productId: string): Promise<Subscription | undefined>;
  /**
   * Stores `next` in one transaction that also requires: no subscription yet
   * (version 1) or still the one read (`next.version - 1`); the application still
   * exists; and, for a confidential plan, the organisation's access request for the
   * product still approved.
   */
  save(next: Subscription, change: Change): Promise<void>;
  /** Removes the subscription if it is still the one read. */
  delete(subscription: Subscription, change: Change): Promise<void>;
}
