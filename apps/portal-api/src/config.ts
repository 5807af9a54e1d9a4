import { LambdaClient } from '@aws-sdk/client-lambda';
import { fetchPresenting } from '@devportal/bank-access';
import {
  DEFAULT_SYNC_RUN_POLICY,
  nodeCrypto,
  type SyncRunPolicy,
  systemClock,
} from '@devportal/portal-domain';
import { sesMailFromEnvironment } from '@devportal/portal-mail';
import {
  type AwsClientInstrumentation,
  clientCertificateFromEnvironment,
  clientSecretHasherFromEnvironment,
  ENVIRONMENT,
  type Environment,
  EnvironmentSecrets,
  keyEncryptionFromEnvironment,
  optionalVariable,
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
import type { PortalMailSettings } from './mail/portal-mail-settings.js';
import type { BankOAuthSettings, PortalApiDependencies } from './portal-api-dependencies.js';

/** The environment variables the portal API reads (see the README for each). */
export type PortalApiEnvironment = Environment;

/**
 * The dependencies described by environment variables: on Lambda (the defaults: claims from API
 * Gateway's JWT authorizer, KMS, the bank Client Secret and the Client Secret pepper from Secrets
 * Manager) and on Node (a JWKS URL, a local key file, the secrets' values).
 *
 * `instrument` wraps each AWS SDK client it creates.
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
      requiredVariable(env, ENVIRONMENT.statusSyncFunctionName),
    ),
    syncRunPolicy: syncRunPolicyOf(env),
    ...mailOf(env, instrument),
  };
}

/** E-mail through Amazon SES when a sender address is configured; none otherwise. */
function mailOf(
  env: PortalApiEnvironment,
  instrument: AwsClientInstrumentation,
): { mail?: PortalMailSettings } {
  const mail = sesMailFromEnvironment(env, instrument);
  return mail ? { mail } : {};
}

/** The sync runs' cooldown from the environment, the default otherwise. */
function syncRunPolicyOf(env: PortalApiEnvironment): SyncRunPolicy {
  const seconds = optionalVariable(env, ENVIRONMENT.syncRunCooldownSeconds);
  if (seconds === undefined) return DEFAULT_SYNC_RUN_POLICY;
  return { ...DEFAULT_SYNC_RUN_POLICY, cooldownMs: seconds * 1000 };
}

function authenticatorOf(env: PortalApiEnvironment): Authenticator {
  const jwksUrl = optionalVariable(env, ENVIRONMENT.portalJwksUrl);
  if (jwksUrl === undefined) return apiGatewayAuthenticator;
  return jwtAuthenticator({
    keys: remoteKeys(jwksUrl),
    issuer: requiredVariable(env, ENVIRONMENT.portalJwtIssuer),
    audience: requiredVariable(env, ENVIRONMENT.portalJwtAudience),
  });
}

async function bankOAuthOf(
  env: PortalApiEnvironment,
  secrets: EnvironmentSecrets,
): Promise<BankOAuthSettings> {
  const contour = optionalVariable(env, ENVIRONMENT.sberContour) ?? 'test';
  const endpoints = sberOAuthEndpoints[contour];
  // Production's token endpoint (port 9443) requires the client certificate for the code exchange.
  const [clientSecret, tls] = await Promise.all([
    secrets.required(SBER_OAUTH_CLIENT_SECRET),
    clientCertificateFromEnvironment(secrets),
  ]);
  return {
    clientId: requiredVariable(env, ENVIRONMENT.sberOAuthClientId),
    clientSecret,
    authorizeUrl:
      optionalVariable(env, ENVIRONMENT.sberOAuthAuthorizeUrl) ?? endpoints.authorizeUrl,
    tokenUrl: optionalVariable(env, ENVIRONMENT.sberOAuthTokenUrl) ?? endpoints.tokenUrl,
    redirectUri: requiredVariable(env, ENVIRONMENT.sberOAuthRedirectUri),
    ...(tls && { fetch: fetchPresenting(tls) }),
  };
}
