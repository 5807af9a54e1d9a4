export type {
  Backoff,
  CallOptions,
  ExchangeOutcome,
  FetchFunction,
  RateLimit,
  RequestLogEvent,
  RequestLogger,
  ResponseMeta,
  ResponsePromise,
  TokenProvider,
  TokenRequest,
  WithResponse,
} from '@devportal/http-transport';
export type { PortalAuthOptions, PortalClientOptions } from './client/client-options.js';
export { createPortalClient, type MeParams, PortalClient } from './client/portal-client.js';
export {
  PortalApiError,
  PortalConflictError,
  PortalForbiddenError,
  PortalNotFoundError,
  PortalRateLimitError,
  PortalServerError,
  PortalUnauthenticatedError,
  PortalValidationError,
  type ProblemFacts,
} from './errors/api-errors.js';
export { PortalError, type PortalErrorOptions } from './errors/portal-error.js';
export { type ProblemFamily, problemCatalogue } from './errors/problem-catalogue.js';
export {
  PortalAbortError,
  PortalConfigurationError,
  PortalConnectionError,
  PortalProtocolError,
  PortalTimeoutError,
} from './errors/transport-errors.js';
export {
  type PortalOperation,
  type PortalOperationId,
  portalOperations,
} from './generated/operations.js';
export type { components, operations, paths } from './generated/portal.js';
export type { ListParams } from './pagination/list-params.js';
export { Page, type PagePayload } from './pagination/page.js';
export { PageList } from './pagination/page-list.js';
export type * from './portal-types.js';
export type { AccessRequests } from './resources/access-requests.js';
export type { Analytics as AnalyticsResource } from './resources/analytics.js';
export type { Applications } from './resources/applications.js';
export type { AuditEvents } from './resources/audit-events.js';
export type { BankConnection as BankConnectionResource } from './resources/bank-connection.js';
export type { Invitations } from './resources/invitations.js';
export type { LimitChanges, SyncRunPolling } from './resources/limit-changes.js';
export type { Members } from './resources/members.js';
export type { Operator, OperatorAccessRequests } from './resources/operator.js';
export type { Organizations } from './resources/organizations.js';
export type { Products } from './resources/products.js';
export type { Subscriptions } from './resources/subscriptions.js';
export type { Webhooks } from './resources/webhooks.js';
export { portalRetryPolicy } from './transport/portal-transport.js';
export * as webhooks from './webhooks/index.js';
export {
  WebhookVerificationError,
  type WebhookVerificationFailure,
} from './webhooks/webhook-verification-error.js';
