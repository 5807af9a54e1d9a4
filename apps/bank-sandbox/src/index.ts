export { BANK_ERRORS } from './api/bank-errors.js';
export {
  DEFAULT_TRANSITION_DELAYS,
  type TransitionDelays,
} from './api/limit-change-documents.js';
export { MAX_LIMIT, refusalReason } from './api/refusal-rule.js';
export {
  SIGNATURE_CHECK_MESSAGES,
  SIGNATURE_FAILURE_MESSAGES,
  SIGNATURE_SET_MESSAGES,
} from './api/signature-check-messages.js';
export { type Clock, ManualClock, systemClock } from './clock.js';
export type { CertificateRegistration } from './crypto/certificate-registry.js';
export { TEST_CREDENTIALS_PATH } from './crypto/test-credentials-route.js';
export type { TestSigningCredentials } from './crypto/test-signing-credentials.js';
export {
  checkFaultConfig,
  FAULT_OPERATIONS,
  FaultConfigError,
} from './http/fault-config-check.js';
export type { FaultConfig, RouteFaults } from './http/faults.js';
export { FAULTS_PATH } from './http/faults-route.js';
export type { RequestLogEntry } from './http/request-log.js';
export type { TlsOptions } from './http/server.js';
export {
  ALL_SCOPES,
  type Certificate,
  LIMIT_CODES,
  type OrganizationSummary,
} from './model.js';
export { loadOAuthClients, type OAuthClient } from './oauth/clients.js';
export { type Tenant, TOKEN_LIFETIMES } from './oauth/token-store.js';
export {
  type BankSandbox,
  type BankSandboxOptions,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SPEC_PATH,
  type IssueAccessTokenOptions,
  startBankSandbox,
} from './sandbox.js';
