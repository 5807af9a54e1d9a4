import type { Plan, Product } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** `plan` as the contract shows it. */
function planView(plan: Plan): components['schemas']['Plan'] {
  return {
    id: plan.id,
    name: plan.name,
    ...(plan.description !== undefined && { description: plan.description }),
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
    name: product.name,
    ...(product.description !== undefined && { description: product.description }),
    version: product.version,
    confidential: product.confidential,
    operations: [...product.operations],
    plans: product.plans.map(planView),
  };
}
