/** The bank operations the gateway serves, with their paths below the API's base path. */
export const BANK_OPERATIONS = [
  { operationId: 'listBusinessCards', method: 'GET', path: '/v1/business-cards' },
  { operationId: 'getCorporateCard', method: 'GET', path: '/v1/corporate-cards/:corpCardId' },
  { operationId: 'createLimitChange', method: 'POST', path: '/v1/business-cards/limits' },
  {
    operationId: 'getLimitChangeState',
    method: 'GET',
    path: '/v1/business-cards/limits/:externalId/state',
  },
  { operationId: 'getCryptoInfo', method: 'GET', path: '/v1/crypto' },
] as const;

/** An operationId of {@link BANK_OPERATIONS}. */
export type BankOperationId = (typeof BANK_OPERATIONS)[number]['operationId'];

/** Where the gateway serves the bank's API by default: the bank's own base path under `/cards`. */
export const DEFAULT_BASE_PATH = '/cards/fintech/api';
