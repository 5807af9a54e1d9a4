import type { CatalogTexts, Plan, Product } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/**
 * The name and description in every language, and the English ones again as `name` and
 * `description` for clients that read one language.
 */
function textsView(texts: CatalogTexts) {
  const { name, description } = texts.en;
  return {
    name,
    ...(description !== undefined && { description }),
    texts: { ru: { ...texts.ru }, en: { ...texts.en } },
  };
}

/** `plan` as the contract shows it. */
function planView(plan: Plan): components['schemas']['Plan'] {
  return {
    id: plan.id,
    ...textsView(plan.texts),
    contour: plan.contour,
    confidential: plan.confidential,
    ratePerSecond: plan.ratePerSecond,
    ...(plan.quotaPerDay !== undefined && { quotaPerDay: plan.quotaPerDay }),
    ...(plan.quotaPerMonth !== undefined && { quotaPerMonth: plan.quotaPerMonth }),
  };
}

/** `product` as the contract shows it. */
export function productView(product: Product): components['schemas']['Product'] {
  return {
    id: product.id,
    ...textsView(product.texts),
    version: product.version,
    confidential: product.confidential,
    operations: [...product.operations],
    plans: product.plans.map(planView),
  };
}
