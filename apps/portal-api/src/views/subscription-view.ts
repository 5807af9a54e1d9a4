import type { Subscription } from '@devportal/portal-domain';

/** The contract's `Subscription`: what the gateway copies from the plan stays inside. */
export function subscriptionView({
  applicationId,
  productId,
  planId,
  createdAt,
  updatedAt,
}: Subscription) {
  return {
    applicationId,
    productId,
    planId,
    createdAt,
    ...(updatedAt !== undefined && { updatedAt }),
  };
}
