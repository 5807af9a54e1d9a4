import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import {
  ClientSecretHasher,
  type KeyEncryptionPort,
  nodeCrypto,
  systemClock,
} from '@devportal/portal-domain';
import { KmsKeyEncryption, LocalKeyFileEncryption } from '@devportal/portal-domain/dynamodb';
import { sberOAuthEndpoints, sberOAuthEndpointsAt } from '@devportal/sber-client';
import {
  type GatewaySigningKey,
  signingKeyFromFile,
  signingKeyFromPem,
} from './auth/gateway-signing-key.js';
import type {
  CardsGatewayDependencies,
  ProductionContourSettings,
  SandboxContourSettings,
} from './cards-gateway-dependencies.js';

/** The environment variables the gateway reads (see the README for each). */
export type CardsGatewayEnvironment = Readonly<Record<string, string | undefined>>;

/** The SberBusiness ID services the demo organisation's token is asked for. */
const DEMO_SCOPES = ['openid', 'BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'];

/**
 * The dependencies described by environment variables: on Lambda (KMS, the signing key from
 * Secrets Manager through `GATEWAY_SIGNING_KEY`) and on Node (local key files).
 *
 * @example
 * const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: CardsGatewayEnvironment,
): Promise<CardsGatewayDependencies> {
  const endpoint = env.DYNAMODB_ENDPOINT;
  const production = productionOf(env);
  const basePath = env.GATEWAY_BASE_PATH;
  return {
    dynamoDb: new DynamoDBClient(endpoint ? { endpoint } : {}),
    tableName: required(env, 'PORTAL_TABLE_NAME'),
    clock: systemClock,
    crypto: nodeCrypto,
    hasher: new ClientSecretHasher(),
    keyEncryption: await keyEncryptionOf(env),
    signingKey: await signingKeyOf(env),
    sandbox: sandboxOf(env),
    ...(production && { production }),
    ...(basePath && { basePath }),
  };
}

function sandboxOf(env: CardsGatewayEnvironment): SandboxContourSettings {
  const apiBaseUrl = required(env, 'SANDBOX_API_URL');
  const oauth = sberOAuthEndpointsAt(env.SANDBOX_OAUTH_ORIGIN ?? new URL(apiBaseUrl).origin);
  return {
    apiBaseUrl,
    demo: {
      ...oauth,
      clientId: required(env, 'SANDBOX_OAUTH_CLIENT_ID'),
      clientSecret: required(env, 'SANDBOX_OAUTH_CLIENT_SECRET'),
      redirectUri: env.SANDBOX_OAUTH_REDIRECT_URI ?? 'http://127.0.0.1:3000/oauth/callback',
      login: env.SANDBOX_DEMO_LOGIN ?? 'romashka.director',
      scopes: DEMO_SCOPES,
    },
  };
}

function productionOf(env: CardsGatewayEnvironment): ProductionContourSettings | undefined {
  const apiBaseUrl = env.SBER_API_URL;
  if (apiBaseUrl === undefined) return undefined;
  const certFile = env.SBER_CLIENT_CERT_FILE;
  const caFile = env.SBER_CA_FILE;
  return {
    apiBaseUrl,
    ...(certFile && {
      tls: {
        cert: readFileSync(certFile),
        key: readFileSync(required(env, 'SBER_CLIENT_KEY_FILE')),
        ...(caFile && { ca: readFileSync(caFile) }),
      },
    }),
    oauth: {
      tokenUrl: env.SBER_OAUTH_TOKEN_URL ?? sberOAuthEndpoints.production.tokenUrl,
      clientId: required(env, 'SBER_OAUTH_CLIENT_ID'),
      clientSecret: required(env, 'SBER_OAUTH_CLIENT_SECRET'),
    },
  };
}

async function signingKeyOf(env: CardsGatewayEnvironment): Promise<GatewaySigningKey> {
  const pem = env.GATEWAY_SIGNING_KEY;
  if (pem !== undefined && pem !== '') return signingKeyFromPem(pem);
  return signingKeyFromFile(required(env, 'GATEWAY_SIGNING_KEY_FILE'));
}

async function keyEncryptionOf(env: CardsGatewayEnvironment): Promise<KeyEncryptionPort> {
  const keyFile = env.BANK_TOKEN_KEY_FILE;
  if (keyFile !== undefined) return LocalKeyFileEncryption.open(keyFile);
  return new KmsKeyEncryption(new KMSClient({}), required(env, 'BANK_TOKEN_KEY_ARN'));
}

function required(env: CardsGatewayEnvironment, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`Set the environment variable ${name}`);
  return value;
}
