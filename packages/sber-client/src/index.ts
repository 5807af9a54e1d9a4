export type {
  FetchFunction,
  RateLimit,
  ResponseMeta,
  ResponsePromise,
  WithResponse,
} from '@devportal/http-transport';
export type { TokenProvider, TokenRequest } from './auth/token-source.js';
export type {
  BankFaultCause,
  BusinessCard,
  BusinessCardStatus,
  CorporateCard,
  CryptoInfo,
  DigestSignature,
  FaultCheck,
  LimitChangeDocument,
  LimitChangeRequest,
  LimitChangeState,
  PageLink,
  WorkflowFault,
} from './bank-types.js';
export type { CallOptions } from './client/call-options.js';
export type {
  SberAuthOptions,
  SberBackoffOptions,
  SberClientOptions,
  SberTlsOptions,
} from './client/client-options.js';
export type { SberEnvironment } from './client/environment.js';
export { createSberClient, SberClient } from './client/sber-client.js';
export {
  type BankFault,
  SberAccessDeniedError,
  SberApiError,
  SberBadRequestError,
  SberDeserializationError,
  SberNotFoundError,
  SberRateLimitError,
  SberServerError,
  SberUnauthorizedError,
  SberUnavailableError,
  SberValidationError,
} from './errors/api-errors.js';
export { type CatalogueEntry, errorCatalogue } from './errors/error-catalogue.js';
export { SberError } from './errors/sber-error.js';
export {
  SberAbortError,
  SberConfigurationError,
  SberConnectionError,
  SberProtocolError,
  SberTimeoutError,
} from './errors/transport-errors.js';
export { SberWaitTimeoutError } from './errors/wait-timeout-error.js';
export type { components, operations, paths } from './generated/sber-business-cards.js';
export {
  bankDocumentStatusAwaitingSignatureValues,
  bankDocumentStatusInProgressValues,
  bankDocumentStatusRefusedValues,
  bankDocumentStatusSuccessfulValues,
  bankDocumentStatusValues,
  bankServers,
  businessCardStatusValues,
  operationContracts,
} from './generated/sber-business-cards.patterns.js';
export * from './limits/bank-document-status.js';
export type { LimitChangeResult } from './limits/limit-change-result.js';
export type { WaitForLimitChangeOptions } from './limits/wait-for-final-state.js';
export type { ExchangeOutcome, SberLogger, SberRequestLogEvent } from './logging/request-log.js';
export {
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
  createAuthorizationRequest,
  createGatewayTokenProvider,
  createPkcePair,
  createSberTokenProvider,
  type GatewayTokenProviderOptions,
  type OAuthRefusalDetails,
  type PkcePair,
  pkceChallengeOf,
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberOAuthClient,
  type SberOAuthClientOptions,
  type SberOAuthEndpoints,
  SberOAuthError,
  type SberTokenProviderOptions,
  type SberTokenSet,
  sberOAuthEndpoints,
  sberOAuthEndpointsAt,
} from './oauth/index.js';
export { BusinessCardPage } from './pagination/business-card-page.js';
export type { BusinessCardQuery } from './pagination/next-page-query.js';
export type {
  OperationContract,
  ParameterContract,
  SchemaRule,
} from './validation/operation-contract.js';
export {
  type RequestProblems,
  type RequestValues,
  validateRequest,
} from './validation/validate-request.js';
