import type { Catalog } from './product.js';

/**
 * The API catalog. Raise `version` with every change: publishing a catalog never
 * overwrites a newer one already in the table. Version 2 added `getCryptoInfo`
 * (the signing certificates' UUIDs, needed to sign a limit change).
 */
export const CATALOG_V1: Catalog = {
  version: 2,
  products: [
    {
      id: 'business-cards',
      name: 'Business card limits',
      description:
        "Read a company's business cards and change their spending limits through Sber's business-cards API.",
      version: '1.0',
      confidential: true,
      operations: [
        'listBusinessCards',
        'getCorporateCard',
        'createLimitChange',
        'getLimitChangeState',
        'getCryptoInfo',
      ],
      plans: [
        {
          id: 'sandbox',
          name: 'Sandbox',
          description: "The bank's test contour, open to every registered user.",
          contour: 'sandbox',
          confidential: false,
          ratePerSecond: 5,
          quotaPerDay: 1_000,
          quotaPerMonth: 10_000,
        },
        {
          id: 'production',
          name: 'Production',
          description:
            'Real cards of the organisation. Needs an approved access request: partner agreement, NDA and technical agreement signed.',
          contour: 'production',
          confidential: true,
          ratePerSecond: 20,
          quotaPerDay: 50_000,
          quotaPerMonth: 1_000_000,
        },
      ],
    },
  ],
};
