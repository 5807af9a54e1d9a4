import type { Catalog } from './product.js';

/**
 * The API catalog. Raise `version` with every change: publishing a catalog never
 * overwrites a newer one already in the table. Version 2 added `getCryptoInfo`
 * (the signing certificates' UUIDs, needed to sign a limit change); version 3 writes every
 * product and plan in Russian and English.
 */
export const CATALOG_V1: Catalog = {
  version: 3,
  products: [
    {
      id: 'business-cards',
      texts: {
        ru: {
          name: 'Лимиты бизнес-карт',
          description:
            'Список бизнес-карт компании и изменение их лимитов расходов через API бизнес-карт Сбера.',
        },
        en: {
          name: 'Business card limits',
          description:
            "Read a company's business cards and change their spending limits through Sber's business-cards API.",
        },
      },
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
          // Sandbox and Production name the bank's contours: the same word in both languages.
          texts: {
            ru: {
              name: 'Sandbox',
              description:
                'Тестовый контур банка, открыт каждому зарегистрированному пользователю.',
            },
            en: {
              name: 'Sandbox',
              description: "The bank's test contour, open to every registered user.",
            },
          },
          contour: 'sandbox',
          confidential: false,
          ratePerSecond: 5,
          quotaPerDay: 1_000,
          quotaPerMonth: 10_000,
        },
        {
          id: 'production',
          texts: {
            ru: {
              name: 'Production',
              description:
                'Настоящие карты организации. Нужна одобренная заявка на подключение: подписаны партнёрский договор, NDA и техническое соглашение.',
            },
            en: {
              name: 'Production',
              description:
                'Real cards of the organisation. Needs an approved access request: partner agreement, NDA and technical agreement signed.',
            },
          },
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
