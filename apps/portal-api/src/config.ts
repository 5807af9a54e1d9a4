import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import {
  ClientSecretHasher,
  type KeyEncryptionPort,
  nodeCrypto,
  systemClock,
} from '@devportal/portal-domain';
import { KmsKeyEncryption, LocalKeyFileEncryption } from '@devportal/portal-domain/dynamodb';
import { sberOAuthEndpoints } from '@devportal/sber-client';
import { apiGatewayAuthenticator } from './auth/api-gateway-authenticator.js';
import type { Authenticator } from './auth/authenticator.js';
import { jwtAuthenticator, remoteKeys } from './auth/jwt-authenticator.js';
import { lambdaSyncTrigger } from './limit-changes/lambda-sync-trigger.js';
import type { BankOAuthSettings, PortalApiDependencies } from './portal-api-dependencies.js';

/** The environment variables the portal API reads (see the README for each). */
export type PortalApiEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The dependencies described by environment variables: on Lambda (the defaults: claims from API
 * Gateway's JWT authorizer, KMS) and on Node (`PORTAL_JWKS_URL` and a local key file).
 *
 * @example
 * export const handler = handle(createPortalApi(await dependenciesFromEnvironment(process.env)));
 */
export async function dependenciesFromEnvironment(
  env: PortalApiEnvironment,
): Promise<PortalApiDependencies> {
  const endpoint = env.DYNAMODB_ENDPOINT;
  return {
    dynamoDb: new DynamoDBClient(endpoint ? { endpoint } : {}),
    tableName: required(env, 'PORTAL_TABLE_NAME'),
    clock: systemClock,
    crypto: nodeCrypto,
    hasher: new ClientSecretHasher(),
    authenticator: authenticatorOf(env),
    bankOAuth: bankOAuthOf(env),
    keyEncryption: await keyEncryptionOf(env),
    limitChangeSync: lambdaSyncTrigger(
      new LambdaClient({}),
      required(env, 'STATUS_SYNC_FUNCTION_NAME'),
    ),
  };
}

function authenticatorOf(env: PortalApiEnvironment): Authenticator {
  const jwksUrl = env.PORTAL_JWKS_URL;
  if (jwksUrl === undefined) return apiGatewayAuthenticator;
  return jwtAuthenticator({
    keys: remoteKeys(jwksUrl),
    issuer: required(env, 'PORTAL_JWT_ISSUER'),
    audience: required(env, 'PORTAL_JWT_AUDIENCE'),
  });
}

function bankOAuthOf(env: PortalApiEnvironment): BankOAuthSettings {
  const contour = env.SBER_CONTOUR ?? 'test';
  if (contour !== 'test' && contour !== 'production') {
    throw new Error(`SBER_CONTOUR must be test or production, got ${contour}`);
  }
  const endpoints = sberOAuthEndpoints[contour];
  return {
    clientId: required(env, 'SBER_OAUTH_CLIENT_ID'),
    clientSecret: required(env, 'SBER_OAUTH_CLIENT_SECRET'),
    authorizeUrl: env.SBER_OAUTH_AUTHORIZE_URL ?? endpoints.authorizeUrl,
    tokenUrl: env.SBER_OAUTH_TOKEN_URL ?? endpoints.tokenUrl,
    redirectUri: required(env, 'SBER_OAUTH_REDIRECT_URI'),
  };
}

async function keyEncryptionOf(env: PortalApiEnvironment): Promise<KeyEncryptionPort> {
  const keyFile = env.BANK_TOKEN_KEY_FILE;
  if (keyFile !== undefined) return LocalKeyFileEncryption.open(keyFile);
  return new KmsKeyEncryption(new KMSClient({}), required(env, 'BANK_TOKEN_KEY_ARN'));
}

function required(env: PortalApiEnvironment, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`Set the environment variable ${name}`);
  return value;
}
