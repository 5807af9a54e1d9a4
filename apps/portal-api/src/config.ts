import { LambdaClient } from '@aws-sdk/client-lambda';
import { fetchPresenting } from '@devportal/bank-access';
import {
  DEFAULT_SYNC_RUN_POLICY,
  nodeCrypto,
  type SyncRunPolicy,
  systemClock,
} from '@devportal/portal-domain';
import {
  type AwsClientInstrumentation,
  clientCertificateFromEnvironment,
  clientSecretHasherFromEnvironment,
  type Environment,
  EnvironmentSecrets,
  keyEncryptionFromEnvironment,
  portalTableFromEnvironment,
  requiredVariable,
  SBER_OAUTH_CLIENT_SECRET,
  uninstrumented,
} from '@devportal/runtime';
import { sberOAuthEndpoints } from '@devportal/sber-client';
import { apiGatewayAuthenticator } from './auth/api-gateway-authenticator.js';
import type { Authenticator } from './auth/authenticator.js';
import { jwtAuthenticator, remoteKeys } from './auth/jwt-authenticator.js';
import { lambdaSyncTrigger } from './limit-changes/lambda-sync-trigger.js';
import type { BankOAuthSettings, PortalApiDependencies } from './portal-api-dependencies.js';

/** The environment variables the portal API reads (see the README for each). */
export type PortalApiEnvironment = Environment;

/**
 * The dependencies described by environment variables: on Lambda (the defaults: claims from API
 * Gateway's JWT authorizer, KMS, the bank Client Secret and the Client Secret pepper from Secrets
 * Manager) and on Node (`PORTAL_JWKS_URL`, a local key file, the secrets' values).
 *
 * `instrument` wraps each AWS SDK client it creates (Powertools Tracer on Lambda).
 *
 * @example
 * export const handler = handle(createPortalApi(await dependenciesFromEnvironment(process.env)));
 */
export async function dependenciesFromEnvironment(
  env: PortalApiEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
): Promise<PortalApiDependencies> {
  const secrets = new EnvironmentSecrets(env, { instrument });
  const { dynamoDb, tableName } = portalTableFromEnvironment(env, instrument);
  return {
    dynamoDb,
    tableName,
    clock: systemClock,
    crypto: nodeCrypto,
    hasher: await clientSecretHasherFromEnvironment(secrets),
    authenticator: authenticatorOf(env),
    bankOAuth: await bankOAuthOf(env, secrets),
    keyEncryption: await keyEncryptionFromEnvironment(env, instrument),
    limitChangeSync: lambdaSyncTrigger(
      instrument(new LambdaClient({})),
      requiredVariable(env, 'STATUS_SYNC_FUNCTION_NAME'),
    ),
    syncRunPolicy: syncRunPolicyOf(env),
  };
}

/** The sync runs' cooldown from `SYNC_RUN_COOLDOWN_SECONDS`, the default otherwise. */
function syncRunPolicyOf(env: PortalApiEnvironment): SyncRunPolicy {
  const value = env.SYNC_RUN_COOLDOWN_SECONDS;
  if (value === undefined) return DEFAULT_SYNC_RUN_POLICY;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new Error(`SYNC_RUN_COOLDOWN_SECONDS must be a whole number of seconds, got ${value}`);
  }
  return { ...DEFAULT_SYNC_RUN_POLICY, cooldownMs: seconds * 1000 };
}

function authenticatorOf(env: PortalApiEnvironment): Authenticator {
  const jwksUrl = env.PORTAL_JWKS_URL;
  if (jwksUrl === undefined) return apiGatewayAuthenticator;
  return jwtAuthenticator({
    keys: remoteKeys(jwksUrl),
    issuer: requiredVariable(env, 'PORTAL_JWT_ISSUER'),
    audience: requiredVariable(env, 'PORTAL_JWT_AUDIENCE'),
  });
}

async function bankOAuthOf(
  env: PortalApiEnvironment,
  secrets: EnvironmentSecrets,
): Promise<BankOAuthSettings> {
  const contour = env.SBER_CONTOUR ?? 'test';
  if (contour !== 'test' && contour !== 'production') {
    throw new Error(`SBER_CONTOUR must be test or production, got ${contour}`);
  }
  const endpoints = sberOAuthEndpoints[contour];
  // Production's token endpoint (port 9443) requires the client certificate for the code exchange.
  const [clientSecret, tls] = await Promise.all([
    secrets.required(SBER_OAUTH_CLIENT_SECRET),
    clientCertificateFromEnvironment(secrets),
  ]);
  return {
    clientId: requiredVariable(env, 'SBER_OAUTH_CLIENT_ID'),
    clientSecret,
    authorizeUrl: env.SBER_OAUTH_AUTHORIZE_URL ?? endpoints.authorizeUrl,
    tokenUrl: env.SBER_OAUTH_TOKEN_URL ?? endpoints.tokenUrl,
    redirectUri: requiredVariable(env, 'SBER_OAUTH_REDIRECT_URI'),
    ...(tls && { fetch: fetchPresenting(tls) }),
  };
}
