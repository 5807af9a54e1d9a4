import type { Contour, Subscription } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

const CONTOURS: readonly Contour[] = ['sandbox', 'production'];

/** The stored form of a subscription, in its application's partition. */
export function subscriptionItem(subscription: Subscription): ItemKey & StoredItem {
  return {
    ...keys.subscription(subscription.applicationId, subscription.productId),
    entity: 'Subscription',
    ...subscription,
  };
}

/** The subscription an item stores. */
export function subscriptionOf(item: StoredItem): Subscription {
  const read = new ItemReader(item, 'Subscription');
  const updatedAt = read.optionalString('updatedAt');
  return {
    applicationId: read.string('applicationId'),
    organisationId: read.string('organisationId'),
    productId: read.string('productId'),
    planId: read.string('planId'),
    contour: read.oneOf('contour', CONTOURS),
    confidential: read.boolean('confidential'),
    createdAt: read.string('createdAt'),
    ...(updatedAt !== undefined && { updatedAt }),
    version: read.number('version'),
  };
}
