import { operationContracts } from '@devportal/sber-client/contract';

/** An operation of the bank's spec, by its `operationId`. */
export type BankOperationId = keyof typeof operationContracts;

/**
 * The bank operations the gateway serves: every operation of the spec, with its path below the
 * API's base path written as the router reads parameters (`{corpCardId}` → `:corpCardId`).
 */
export const BANK_OPERATIONS = (Object.keys(operationContracts) as BankOperationId[]).map(
  (operationId) => {
    const { method, path } = operationContracts[operationId];
    return { operationId, method, path: path.replace(/\{(\w+)\}/g, ':$1') };
  },
);

/** Where the gateway serves the bank's API by default: the bank's own base path under `/cards`. */
export const DEFAULT_BASE_PATH = '/cards/fintech/api';
