export { apiGatewayAuthenticator } from './auth/api-gateway-authenticator.js';
export type { Authenticator, Credentials } from './auth/authenticator.js';
export {
  type JwtAuthenticatorOptions,
  jwtAuthenticator,
  localKeys,
  remoteKeys,
} from './auth/jwt-authenticator.js';
export { OPERATORS_GROUP, type Person, personFromClaims } from './auth/person.js';
export { portalContract } from './contract/portal-contract.js';
export { type PortalOperation, portalOperations } from './contract/portal-operations.js';
export { PORTAL_OPERATION_IDS, type PortalOperationId } from './generated/portal-spec.js';
export { jsonLinesLogger, type LogEntry, type Logger } from './http/access-log.js';
export { HTTP_PROBLEMS, type ProblemDocument, problemType } from './http/problem.js';
export { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
export {
  cognitoEndpointOf,
  contentSecurityPolicy,
  FRAME_OPTIONS,
  identityConnectSources,
  REFERRER_POLICY,
  type SecurityHeaderOptions,
  type SiteIdentity,
  STRICT_TRANSPORT_SECURITY_MAX_AGE_SECONDS,
  withSecurityHeaders,
} from './http/security-headers.js';
export { lambdaSyncTrigger } from './limit-changes/lambda-sync-trigger.js';
export type {
  LimitChangeSyncReport,
  LimitChangeSyncTrigger,
  SyncRunRequest,
} from './limit-changes/limit-change-sync-trigger.js';
export type { MailFaultReporter, PortalMailSettings } from './mail/portal-mail-settings.js';
export { type PortalApiServer, startPortalApiServer } from './node-server.js';
export { createPortalApi } from './portal-api.js';
export type { BankOAuthSettings, PortalApiDependencies } from './portal-api-dependencies.js';
export { DEFAULT_BANK_SCOPES } from './routes/bank-connection-routes.js';
