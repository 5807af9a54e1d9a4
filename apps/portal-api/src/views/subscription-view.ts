import type { Subscription } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** A subscription as the contract shows it: what the gateway copies from the plan stays inside. */
export function subscriptionView({
  applicationId,
  productId,
  planId,
  createdAt,
  updatedAt,
}: Subscription): components['schemas']['Subscription'] {
  return {
    applicationId,
    productId,
    planId,
    createdAt,
    ...(updatedAt !== undefined && { updatedAt }),
  };
}
