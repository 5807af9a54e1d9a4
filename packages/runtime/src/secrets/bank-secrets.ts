import { ENVIRONMENT } from '../environment-variables.js';
import type { SecretVariables } from './environment-secrets.js';

/** The sandbox's OAuth Client Secret, by value or by ARN. */
export const SANDBOX_OAUTH_CLIENT_SECRET: SecretVariables = {
  value: ENVIRONMENT.sandboxOAuthClientSecret,
  arn: ENVIRONMENT.sandboxOAuthClientSecretArn,
};

/** The portal's Client Secret at SberBusiness ID, by value or by ARN. */
export const SBER_OAUTH_CLIENT_SECRET: SecretVariables = {
  value: ENVIRONMENT.sberOAuthClientSecret,
  arn: ENVIRONMENT.sberOAuthClientSecretArn,
};
