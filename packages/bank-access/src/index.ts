export {
  BANK_TIMEOUT_VARIABLES,
  type BankTimeouts,
  bankTimeoutsFromEnvironment,
  DEFAULT_BANK_TIMEOUTS,
} from './bank-timeouts.js';
export type { BankContourAccess, ContourAccess } from './contour-access.js';
export { bankContoursFromEnvironment, SANDBOX_DEMO_SCOPES } from './contours-from-environment.js';
export {
  type AwsClientInstrumentation,
  type Environment,
  keyEncryptionFromEnvironment,
  portalTableFromEnvironment,
  requiredVariable,
  uninstrumented,
} from './environment.js';
export {
  type Powertools,
  powertools,
  withPowertools,
} from './lambda/powertools.js';
export { fetchPresenting } from './production/fetch-presenting.js';
export {
  type ProductionContourSettings,
  type ProductionTokenStorage,
  productionAccess,
} from './production/production-access.js';
export { tlsConnectOptions } from './production/tls-connect-options.js';
export {
  type SandboxContourSettings,
  sandboxDemoAccess,
} from './sandbox/sandbox-demo-access.js';
export type { SandboxDemoSettings } from './sandbox/sandbox-demo-session.js';
export { SANDBOX_OAUTH_CLIENT_SECRET, SBER_OAUTH_CLIENT_SECRET } from './secrets/bank-secrets.js';
export { clientCertificateFromEnvironment } from './secrets/client-certificate.js';
export {
  CLIENT_SECRET_PEPPER,
  clientSecretHasherFromEnvironment,
} from './secrets/client-secret-pepper.js';
export {
  EnvironmentSecrets,
  SECRET_TTL_MS,
  type SecretRefreshFailureReporter,
  type SecretVariables,
} from './secrets/environment-secrets.js';
