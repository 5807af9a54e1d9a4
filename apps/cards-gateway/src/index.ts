export type { GatewayClaims, PlanClaim } from './auth/gateway-claims.js';
export {
  GATEWAY_TOKEN_ALGORITHM,
  type GatewayKeySet,
  type GatewaySigningKey,
  keySetFromSecret,
  rotatedKeySetSecret,
  signingKeyFromFile,
  signingKeyFromPem,
} from './auth/gateway-signing-key.js';
export {
  fixedSigningKeys,
  type GatewaySigningKeys,
  KEY_SET_REFRESH_INTERVAL_MS,
  type KeySetSecret,
  SecretSigningKeys,
} from './auth/gateway-signing-keys.js';
export {
  GATEWAY_TOKEN_ISSUER,
  GATEWAY_TOKEN_LIFETIME_SECONDS,
  GatewayTokens,
} from './auth/gateway-tokens.js';
export {
  BANK_OPERATIONS,
  type BankOperationId,
  DEFAULT_BASE_PATH,
} from './bank/bank-operations.js';
export { type CardsGateway, createCardsGateway } from './cards-gateway.js';
export type {
  CardsGatewayDependencies,
  GatewayFaultReporter,
} from './cards-gateway-dependencies.js';
export { type CardsGatewayEnvironment, dependenciesFromEnvironment } from './config.js';
export { type CardsGatewayServer, startCardsGatewayServer } from './node-server.js';
export type { FailedAttemptLimits } from './oauth/failed-attempt-throttle.js';
export { NODE_TOKEN_REFUSAL_HOLD_MS } from './oauth/refusal-hold.js';
export { type QuotaWarningListener, webhookQuotaWarnings } from './plans/quota-warning.js';
export { SANDBOX_USER_HEADER } from './sandbox/sandbox-user-selector.js';
