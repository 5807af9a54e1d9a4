import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import {
  BankTokenProvider,
  type Contour,
  type KeyEncryptionPort,
  nodeCrypto,
  systemClock,
  TokenVault,
  WebhookPublisher,
} from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoWebhookRepository,
  dynamoApiRepositories,
  dynamoPortalRepositories,
  KmsKeyEncryption,
  LocalKeyFileEncryption,
} from '@devportal/portal-domain/dynamodb';
import {
  bankServers,
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberOAuthClient,
  sberOAuthEndpoints,
} from '@devportal/sber-client';
import { fixedContour } from './contour-resolver.js';
import { fetchWebhookTransport } from './fetch-webhook-transport.js';
import { type ContourAccess, SberBankStateReader } from './sber-bank-state-reader.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';

/** The environment variables the status sync reads (see the README for each). */
export type StatusSyncEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The dependencies described by environment variables. Both contours use each
 * organisation's own stored bank connection (refreshed single-flight by the domain's
 * `BankTokenProvider`); which contour holds a request is `STATUS_SYNC_CONTOUR`.
 *
 * @example
 * const report = await runStatusSync(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: StatusSyncEnvironment,
): Promise<StatusSyncDependencies> {
  const endpoint = env.DYNAMODB_ENDPOINT;
  const dynamoDb = new DynamoDBClient(endpoint ? { endpoint } : {});
  const store = new DocumentStore(dynamoDb, required(env, 'PORTAL_TABLE_NAME'));
  const api = dynamoApiRepositories(store);
  const portal = dynamoPortalRepositories(dynamoDb, store.tableName);
  const vault = new TokenVault(await keyEncryptionOf(env));
  const webhooks = new DynamoWebhookRepository(store);
  const clock = systemClock;
  const crypto = nodeCrypto;
  const tokens = bankTokensOf(env, { bankConnections: api.bankConnections, vault });
  const contours: Partial<Record<Contour, ContourAccess>> = {
    production: {
      apiBaseUrl: env.SBER_API_BASE_URL ?? bankServers.production,
      accessToken: (organisationId) => tokens.accessToken(organisationId),
    },
    ...(env.SANDBOX_API_BASE_URL && {
      sandbox: {
        apiBaseUrl: env.SANDBOX_API_BASE_URL,
        accessToken: (organisationId: string) => tokens.accessToken(organisationId),
      },
    }),
  };
  return {
    ...portal,
    limitChanges: api.limitChanges,
    bank: new SberBankStateReader({ contours }),
    contourOf: fixedContour(contourOf(env.STATUS_SYNC_CONTOUR)),
    outbox: new WebhookPublisher({ webhooks, clock }),
    webhookDelivery: { webhooks, vault, transport: fetchWebhookTransport(), clock },
    clock,
    crypto,
  };
}

function bankTokensOf(
  env: StatusSyncEnvironment,
  storage: Pick<ConstructorParameters<typeof BankTokenProvider>[0], 'bankConnections' | 'vault'>,
): BankTokenProvider {
  const oauth = new SberOAuthClient({
    tokenUrl: env.SBER_OAUTH_TOKEN_URL ?? sberOAuthEndpoints.production.tokenUrl,
    clientId: required(env, 'SBER_OAUTH_CLIENT_ID'),
    clientSecret: required(env, 'SBER_OAUTH_CLIENT_SECRET'),
  });
  return new BankTokenProvider({
    ...storage,
    clock: systemClock,
    crypto: nodeCrypto,
    refresh: async (refreshToken) => {
      const renewed = await oauth.refresh(refreshToken);
      const lifetime = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
      return {
        accessToken: renewed.accessToken,
        refreshToken: renewed.refreshToken,
        scopes: renewed.scopes,
        accessTokenExpiresAt: lifetime(renewed.expiresIn),
        refreshTokenExpiresAt: lifetime(SBER_REFRESH_TOKEN_LIFETIME_SECONDS),
      };
    },
  });
}

function contourOf(value: string | undefined): Contour {
  const contour = value ?? 'sandbox';
  if (contour !== 'sandbox' && contour !== 'production') {
    throw new Error(`STATUS_SYNC_CONTOUR must be sandbox or production, got ${contour}`);
  }
  return contour;
}

async function keyEncryptionOf(env: StatusSyncEnvironment): Promise<KeyEncryptionPort> {
  const keyFile = env.BANK_TOKEN_KEY_FILE;
  if (keyFile !== undefined) return LocalKeyFileEncryption.open(keyFile);
  return new KmsKeyEncryption(new KMSClient({}), required(env, 'BANK_TOKEN_KEY_ARN'));
}

function required(env: StatusSyncEnvironment, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`Set the environment variable ${name}`);
  return value;
}
