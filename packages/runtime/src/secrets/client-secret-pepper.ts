import { ClientSecretHasher, PeppersFromSecret } from '@devportal/portal-domain';
import { ENVIRONMENT } from '../environment-variables.js';
import type { EnvironmentSecrets, SecretVariables } from './environment-secrets.js';

/**
 * The pepper set Client Secrets are keyed with, shared by the portal API (which hashes new
 * secrets) and the cards gateway (which checks them): by value (the local stack, tests) or by
 * Secrets Manager ARN (AWS).
 */
export const CLIENT_SECRET_PEPPER: SecretVariables = {
  value: ENVIRONMENT.clientSecretPepper,
  arn: ENVIRONMENT.clientSecretPepperSecretArn,
};

/**
 * The Client Secret hasher keyed by the pepper set in {@link CLIENT_SECRET_PEPPER}, read through
 * the secrets' TTL and again when a stored hash names a pepper not yet seen. The set is read once
 * here, so a missing or malformed secret stops the start.
 */
export async function clientSecretHasherFromEnvironment(
  secrets: EnvironmentSecrets,
  now: () => number = Date.now,
): Promise<ClientSecretHasher> {
  const peppers = new PeppersFromSecret(secrets.keySource(CLIENT_SECRET_PEPPER), now);
  await peppers.current();
  return new ClientSecretHasher(peppers);
}
