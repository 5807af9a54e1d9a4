import type { QuotaUsage, Subscription } from '@devportal/portal-domain';
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

/** A quota window's usage as the contract shows it. */
export function quotaUsageView({
  period,
  used,
  limit,
  resetsAt,
}: QuotaUsage): components['schemas']['QuotaUsage'] {
  return { period, used, limit, resetsAt: resetsAt.toISOString() };
}
