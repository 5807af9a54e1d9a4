import { CATALOG_V1, type Catalog } from '@devportal/portal-domain';

/** The plan the load suite subscribes to: the sandbox contour with room for its 5,000 calls. */
export const LOAD_TEST_PLAN_ID = 'system-load';

/** The plan the mail suite fills: ten calls a day, so its warnings come at the 8th, 9th and 10th. */
export const MAIL_QUOTA_PLAN_ID = 'system-mail-quota';

/** A test plan's texts, the same in both languages: only tests read them. */
function bothLanguages(text: { name: string; description: string }) {
  return { ru: text, en: text };
}

/**
 * The shipped catalog plus test-only plans, published into the run's table before any call.
 * The sandbox plan (5 calls/s, 1,000 a day) would refuse most of the load suite's calls; a higher
 * catalog version is the least intrusive way in: the stack keeps publishing CATALOG_V1, which
 * never overwrites a newer catalog, and no stack code learns about tests.
 */
export const LOAD_TEST_CATALOG: Catalog = {
  version: CATALOG_V1.version + 1,
  products: CATALOG_V1.products.map((product) => ({
    ...product,
    plans: [
      ...product.plans,
      {
        id: LOAD_TEST_PLAN_ID,
        texts: bothLanguages({
          name: 'System load test',
          description: 'Test-only: the sandbox contour without practical rate or quota limits.',
        }),
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 100_000,
        quotaPerDay: 1_000_000,
        quotaPerMonth: 10_000_000,
      },
      {
        id: MAIL_QUOTA_PLAN_ID,
        texts: bothLanguages({
          name: 'System mail quota test',
          description: 'Test-only: the sandbox contour with a quota of ten calls a day.',
        }),
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 100_000,
        quotaPerDay: 10,
      },
    ],
  })),
};
