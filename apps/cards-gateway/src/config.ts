import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  bankContoursFromEnvironment,
  type Environment,
  keyEncryptionFromEnvironment,
  requiredVariable,
} from '@devportal/bank-access';
import {
  ClientSecretHasher,
  nodeCrypto,
  systemClock,
  TokenVault,
  WebhookPublisher,
} from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoWebhookRepository,
  dynamoApiRepositories,
} from '@devportal/portal-domain/dynamodb';
import {
  type GatewaySigningKey,
  signingKeyFromFile,
  signingKeyFromPem,
} from './auth/gateway-signing-key.js';
import type { CardsGatewayDependencies } from './cards-gateway-dependencies.js';
import { webhookQuotaWarnings } from './plans/quota-warning.js';

/** The environment variables the gateway reads (see the README for each). */
export type CardsGatewayEnvironment = Environment;

/**
 * The dependencies described by environment variables: on Lambda (KMS, the signing key from
 * Secrets Manager through `GATEWAY_SIGNING_KEY`) and on Node (local key files). The contours
 * come from `@devportal/bank-access`, configured as the status sync's are; quota warnings go to
 * the webhook outbox.
 *
 * @example
 * const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: CardsGatewayEnvironment,
): Promise<CardsGatewayDependencies> {
  const endpoint = env.DYNAMODB_ENDPOINT;
  const dynamoDb = new DynamoDBClient(endpoint ? { endpoint } : {});
  const tableName = requiredVariable(env, 'PORTAL_TABLE_NAME');
  const basePath = env.GATEWAY_BASE_PATH;
  const clock = systemClock;
  const crypto = nodeCrypto;
  const vault = new TokenVault(await keyEncryptionFromEnvironment(env));
  const store = new DocumentStore(dynamoDb, tableName);
  const { bankConnections } = dynamoApiRepositories(store);
  const outbox = new WebhookPublisher({ webhooks: new DynamoWebhookRepository(store), clock });
  return {
    dynamoDb,
    tableName,
    clock,
    crypto,
    hasher: new ClientSecretHasher(),
    signingKey: await signingKeyOf(env),
    contours: bankContoursFromEnvironment(env, { bankConnections, vault, clock, crypto }),
    onQuotaWarning: webhookQuotaWarnings(outbox, crypto),
    ...(basePath && { basePath }),
  };
}

async function signingKeyOf(env: CardsGatewayEnvironment): Promise<GatewaySigningKey> {
  const pem = env.GATEWAY_SIGNING_KEY;
  if (pem !== undefined && pem !== '') return signingKeyFromPem(pem);
  return signingKeyFromFile(requiredVariable(env, 'GATEWAY_SIGNING_KEY_FILE'));
}
