import { CATALOG_V1 } from '@devportal/portal-domain';
import type { PortalServices } from '../test/support/local-gateway.js';

/** The benches' own plan of the business-cards product, on the sandbox contour. */
export const BENCH_PLAN_ID = 'bench';

/**
 * Publishes the catalog with {@link BENCH_PLAN_ID} added: limits far above what a bench sends, so
 * only the checks' cost is measured.
 */
export async function publishBenchPlan(services: PortalServices): Promise<void> {
  await services.api.catalog.publish({
    version: CATALOG_V1.version + 1,
    products: CATALOG_V1.products.map((product) => ({
      ...product,
      plans: [
        ...product.plans,
        {
          id: BENCH_PLAN_ID,
          name: 'Bench',
          contour: 'sandbox' as const,
          confidential: false,
          ratePerSecond: 1_000_000,
          quotaPerDay: 100_000_000,
        },
      ],
    })),
  });
}
