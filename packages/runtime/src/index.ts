export {
  type AwsClientInstrumentation,
  type Environment,
  keyEncryptionFromEnvironment,
  optionalVariable,
  portalTableFromEnvironment,
  requiredVariable,
  uninstrumented,
} from './environment.js';
export {
  ENVIRONMENT,
  type EnvironmentVariable,
  type EnvironmentVariables,
  type ValueOf,
  variablesOf,
} from './environment-variables.js';
export {
  type Powertools,
  powertools,
  withPowertools,
} from './lambda/powertools.js';
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
