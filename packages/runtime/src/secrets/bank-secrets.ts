import type { SecretVariables } from './environment-secrets.js';

/** The sandbox's OAuth Client Secret, by value or by ARN. */
export const SANDBOX_OAUTH_CLIENT_SECRET: SecretVariables = {
  value: 'SANDBOX_OAUTH_CLIENT_SECRET',
  arn: 'SANDBOX_OAUTH_CLIENT_SECRET_ARN',
};

/** The portal's Client Secret at SberBusiness ID, by value or by ARN. */
export const SBER_OAUTH_CLIENT_SECRET: SecretVariables = {
  value: 'SBER_OAUTH_CLIENT_SECRET',
  arn: 'SBER_OAUTH_CLIENT_SECRET_ARN',
};
