/**
 * The bank's contract, typed once from `spec/sber-business-cards.yaml`: the types openapi-typescript
 * generates, the named types of its schemas, and its enums (readonly arrays) and patterns (RegExp)
 * as values. Nothing here imports the client at run time, so the sandbox, the gateway, the digest
 * and the browser console read the same contract without loading an HTTP client.
 */
export type * from '../bank-types.js';
export type { components, operations, paths } from '../generated/sber-business-cards.js';
export * from '../generated/sber-business-cards.patterns.js';
export * from '../limits/bank-document-status.js';
