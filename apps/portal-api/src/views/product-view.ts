import type { Plan, Product } from '@devportal/portal-domain';

/** The contract's `Plan`. */
function planView(plan: Plan) {
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

/** The contract's `Product`. */
export function productView(product: Product) {
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
