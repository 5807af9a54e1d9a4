import { CATALOG_V1 } from '@devportal/portal-domain';
import type { Locale } from './translate.js';

/**
 * The name of product `productId` in `locale`, for pages that hold only the id (subscriptions,
 * quotas, access requests). The site is built with the catalog the API publishes (`CATALOG_V1`),
 * so no extra request is needed; an id the catalog does not know is shown as it is.
 */
export function productName(productId: string, locale: Locale): string {
  return productOf(productId)?.texts[locale].name ?? productId;
}

/** The name of plan `planId` of product `productId` in `locale`, or the id when unknown. */
export function planName(productId: string, planId: string, locale: Locale): string {
  const plan = productOf(productId)?.plans.find((candidate) => candidate.id === planId);
  return plan?.texts[locale].name ?? planId;
}

function productOf(productId: string) {
  return CATALOG_V1.products.find((product) => product.id === productId);
}
