import { bankContoursFromEnvironment, bankTimeoutsFromEnvironment } from '@devportal/bank-access';
import { nodeCrypto, systemClock, TokenVault, WebhookPublisher } from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoSentMailLedger,
  dynamoRepositories,
} from '@devportal/portal-dynamodb';
import { QuotaWarningMailer, sesMailFromEnvironment } from '@devportal/portal-mail';
import {
  type AwsClientInstrumentation,
  clientSecretHasherFromEnvironment,
  ENVIRONMENT,
  type Environment,
  EnvironmentSecrets,
  keyEncryptionFromEnvironment,
  optionalVariable,
  portalTableFromEnvironment,
  requiredVariable,
  uninstrumented,
} from '@devportal/runtime';
import { signingKeyFromFile } from './auth/gateway-signing-key.js';
import {
  fixedSigningKeys,
  type GatewaySigningKeys,
  SecretSigningKeys,
} from './auth/gateway-signing-keys.js';
import type { CardsGatewayDependencies } from './cards-gateway-dependencies.js';
import { type QuotaWarningListener, webhookQuotaWarnings } from './plans/quota-warning.js';

/**
 * The bank exchanges one call may make in a row, each within the total timeout: the
 * organisation's token (a refresh at SberBusiness ID), the call, and once more both when the bank
 * refuses the token. With a 29 s function that is 4 × 6.75 s.
 */
const BANK_EXCHANGES_PER_CALL = 4;

/** The environment variables the gateway reads (see the README for each). */
export type CardsGatewayEnvironment = Environment;

/**
 * The dependencies described by environment variables: on Lambda (KMS, the signing key, the Client
 * Secret pepper and the contours' secrets from Secrets Manager by ARN) and on Node (local key files, the secrets' values). The contours
 * come from `@devportal/bank-access`, configured as the status sync's are; quota warnings go to
 * the webhook outbox and, with a sender configured (`MAIL_FROM`), by SES to the organisation's
 * Owner and Administrators, as the local stack sends them.
 *
 * `instrument` wraps each AWS SDK client it creates.
 *
 * @example
 * const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: CardsGatewayEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
): Promise<CardsGatewayDependencies> {
  const secrets = new EnvironmentSecrets(env, { instrument });
  const { dynamoDb, tableName } = portalTableFromEnvironment(env, instrument);
  const basePath = optionalVariable(env, ENVIRONMENT.gatewayBasePath);
  const clock = systemClock;
  const crypto = nodeCrypto;
  const vault = new TokenVault(await keyEncryptionFromEnvironment(env, instrument));
  const timeouts = bankTimeoutsFromEnvironment(env, BANK_EXCHANGES_PER_CALL);
  const repositories = dynamoRepositories({ client: dynamoDb, tableName });
  const { bankConnections } = repositories;
  return {
    repositories,
    clock,
    crypto,
    hasher: await clientSecretHasherFromEnvironment(secrets, () => clock.now().getTime()),
    signingKeys: await signingKeysOf(secrets, () => clock.now().getTime()),
    contours: await bankContoursFromEnvironment(
      env,
      { bankConnections, vault, clock, crypto },
      secrets,
      timeouts,
    ),
    bankLimits: { timeouts },
    onQuotaWarning: quotaWarningsOf(env, instrument, { repositories, dynamoDb, tableName }),
    ...(basePath && { basePath }),
  };
}

/**
 * The webhook event of each quota warning, and its mail when a sender is configured. The mail's
 * claim in the table makes it once per threshold however many calls cross it at once; a failed
 * send is logged by its kind and error only.
 */
function quotaWarningsOf(
  env: CardsGatewayEnvironment,
  instrument: AwsClientInstrumentation,
  table: {
    repositories: ReturnType<typeof dynamoRepositories>;
    dynamoDb: ReturnType<typeof portalTableFromEnvironment>['dynamoDb'];
    tableName: string;
  },
): QuotaWarningListener {
  const { repositories } = table;
  const webhooks = webhookQuotaWarnings(
    new WebhookPublisher({ webhooks: repositories.webhooks, clock: systemClock }),
    nodeCrypto,
  );
  const mail = sesMailFromEnvironment(env, instrument);
  if (!mail) return webhooks;
  const mailer = new QuotaWarningMailer({
    ...repositories,
    ...mail,
    ledger: new DynamoSentMailLedger(new DocumentStore(table.dynamoDb, table.tableName)),
    crypto: nodeCrypto,
    onFault: (fault) => console.error(JSON.stringify({ event: 'mail_not_sent', ...fault })),
  });
  return (warning) => Promise.all([webhooks(warning), mailer.notify(warning)]);
}

/** Where the gateway's signing key set is kept: by value or by Secrets Manager ARN. */
const GATEWAY_SIGNING_KEY = {
  value: ENVIRONMENT.gatewaySigningKey,
  arn: ENVIRONMENT.gatewaySigningKeySecretArn,
} as const;

/**
 * The key set in its secret (by value, or the secret its ARN names: AWS), read
 * through the secrets' TTL and again when a token names an unknown key; else a key file (the
 * local stack). The set is read once here, so a missing or malformed secret stops the start.
 */
async function signingKeysOf(
  secrets: EnvironmentSecrets,
  now: () => number,
): Promise<GatewaySigningKeys> {
  if ((await secrets.optional(GATEWAY_SIGNING_KEY)) === undefined) {
    const file = requiredVariable(secrets.env, ENVIRONMENT.gatewaySigningKeyFile);
    return fixedSigningKeys({ current: await signingKeyFromFile(file) });
  }
  const keys = new SecretSigningKeys(secrets.keySource(GATEWAY_SIGNING_KEY), now);
  await keys.current();
  return keys;
}
