import {
  type AwsClientInstrumentation,
  bankContoursFromEnvironment,
  bankTimeoutsFromEnvironment,
  type Environment,
  EnvironmentSecrets,
  keyEncryptionFromEnvironment,
  portalTableFromEnvironment,
  requiredVariable,
  uninstrumented,
} from '@devportal/bank-access';
import {
  ClientSecretHasher,
  nodeCrypto,
  systemClock,
  TokenVault,
  WebhookPublisher,
} from '@devportal/portal-domain';
import { DynamoWebhookRepository, dynamoApiRepositories } from '@devportal/portal-domain/dynamodb';
import {
  type GatewaySigningKey,
  signingKeyFromFile,
  signingKeyFromPem,
} from './auth/gateway-signing-key.js';
import type { CardsGatewayDependencies } from './cards-gateway-dependencies.js';
import { webhookQuotaWarnings } from './plans/quota-warning.js';

/**
 * The bank exchanges one call may make in a row, each within the total timeout: the
 * organisation's token (a refresh at SberBusiness ID), the call, and once more both when the bank
 * refuses the token. With a 29 s function that is 4 × 6.75 s.
 */
const BANK_EXCHANGES_PER_CALL = 4;

/** The environment variables the gateway reads (see the README for each). */
export type CardsGatewayEnvironment = Environment;

/**
 * The dependencies described by environment variables: on Lambda (KMS, the signing key and the
 * contours' secrets from Secrets Manager by ARN) and on Node (local key files, the secrets' values). The contours
 * come from `@devportal/bank-access`, configured as the status sync's are; quota warnings go to
 * the webhook outbox.
 *
 * `instrument` wraps each AWS SDK client it creates (Powertools Tracer on Lambda).
 *
 * @example
 * const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: CardsGatewayEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
): Promise<CardsGatewayDependencies> {
  const secrets = new EnvironmentSecrets(env, { instrument });
  const { dynamoDb, store } = portalTableFromEnvironment(env, instrument);
  const basePath = env.GATEWAY_BASE_PATH;
  const clock = systemClock;
  const crypto = nodeCrypto;
  const vault = new TokenVault(await keyEncryptionFromEnvironment(env, instrument));
  const timeouts = bankTimeoutsFromEnvironment(env, BANK_EXCHANGES_PER_CALL);
  const { bankConnections } = dynamoApiRepositories(store);
  const outbox = new WebhookPublisher({ webhooks: new DynamoWebhookRepository(store), clock });
  return {
    dynamoDb,
    tableName: store.tableName,
    clock,
    crypto,
    hasher: new ClientSecretHasher(),
    signingKey: await signingKeyOf(secrets),
    contours: await bankContoursFromEnvironment(
      env,
      { bankConnections, vault, clock, crypto },
      secrets,
      timeouts,
    ),
    bankLimits: { timeouts },
    onQuotaWarning: webhookQuotaWarnings(outbox, crypto),
    ...(basePath && { basePath }),
  };
}

/** The PEM itself (`GATEWAY_SIGNING_KEY`), else its secret (AWS), else a key file (the local stack). */
async function signingKeyOf(secrets: EnvironmentSecrets): Promise<GatewaySigningKey> {
  const pem = await secrets.optional({
    value: 'GATEWAY_SIGNING_KEY',
    arn: 'GATEWAY_SIGNING_KEY_SECRET_ARN',
  });
  if (pem !== undefined) return signingKeyFromPem(pem);
  return signingKeyFromFile(requiredVariable(secrets.env, 'GATEWAY_SIGNING_KEY_FILE'));
}
