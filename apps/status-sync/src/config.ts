import { SQSClient } from '@aws-sdk/client-sqs';
import { bankContoursFromEnvironment, bankTimeoutsFromEnvironment } from '@devportal/bank-access';
import {
  nodeCrypto,
  type PortalRepositories,
  systemClock,
  TokenVault,
} from '@devportal/portal-domain';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
import { sesMailFromEnvironment, WebhookFailingMailer } from '@devportal/portal-mail';
import {
  type AwsClientInstrumentation,
  ENVIRONMENT,
  type Environment,
  EnvironmentSecrets,
  keyEncryptionFromEnvironment,
  optionalVariable,
  portalTableFromEnvironment,
  uninstrumented,
} from '@devportal/runtime';
import { CHECK_TIMEOUT_MS } from './check-run.js';
import { httpWebhookTransport } from './http-webhook-transport.js';
import type { LimitChangeCheckQueue } from './limit-change-check-queue.js';
import { SberBankStateReader } from './sber-bank-state-reader.js';
import { SqsCheckQueue } from './sqs-check-queue.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import { statusSyncOnTable } from './table-dependencies.js';

/** The environment variables the status sync reads (see the README for each). */
export type StatusSyncEnvironment = Environment;

/**
 * The portal's repositories on the table the environment names, built once by the composition
 * root (`lambda.ts`) and shared by the sync and its run records.
 *
 * `instrument` wraps the DynamoDB client it creates.
 */
export function repositoriesFromEnvironment(
  env: StatusSyncEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
): PortalRepositories {
  const { dynamoDb, tableName } = portalTableFromEnvironment(env, instrument);
  return dynamoRepositories({ client: dynamoDb, tableName });
}

/**
 * The dependencies described by environment variables, on `repositories` (by default the table's
 * from {@link repositoriesFromEnvironment}). The contours come from `@devportal/bank-access` with
 * the cards gateway's variables, so a document is read where the gateway created it (the contour
 * on its record).
 *
 * `instrument` wraps each AWS SDK client it creates.
 *
 * @example
 * const report = await runStatusSync(await dependenciesFromEnvironment(process.env));
 */
export async function dependenciesFromEnvironment(
  env: StatusSyncEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
  repositories: PortalRepositories = repositoriesFromEnvironment(env, instrument),
): Promise<StatusSyncDependencies> {
  const { bankConnections, webhooks } = repositories;
  const vault = new TokenVault(await keyEncryptionFromEnvironment(env, instrument));
  const clock = systemClock;
  const crypto = nodeCrypto;
  // A read is a token exchange and the state call, each within the total timeout.
  const timeouts = bankTimeoutsFromEnvironment(env, 2);
  const contours = await bankContoursFromEnvironment(
    env,
    { bankConnections, vault, clock, crypto },
    new EnvironmentSecrets(env, { instrument }),
    timeouts,
  );
  // With a sender configured (`MAIL_FROM`), a failing endpoint's managers hear of it by SES.
  const mail = sesMailFromEnvironment(env, instrument);
  const failingWebhooks =
    mail &&
    new WebhookFailingMailer({
      ...repositories,
      ...mail,
      onFault: (fault) => console.error(JSON.stringify({ event: 'mail_not_sent', ...fault })),
    });
  return statusSyncOnTable(repositories, {
    bank: new SberBankStateReader({ contours, timeouts }),
    webhookDelivery: {
      webhooks,
      vault,
      transport: httpWebhookTransport(),
      clock,
      ...(failingWebhooks && { failingWebhooks }),
    },
    clock,
    crypto,
  });
}

/**
 * The check queue the environment names (the schedule then dispatches to it and the same
 * function, subscribed to it, checks); none without it (the schedule checks in process).
 */
export function checkQueueFromEnvironment(
  env: StatusSyncEnvironment,
  instrument: AwsClientInstrumentation = uninstrumented,
): LimitChangeCheckQueue | undefined {
  const queueUrl = optionalVariable(env, ENVIRONMENT.statusSyncQueueUrl);
  if (queueUrl === undefined) return undefined;
  return new SqsCheckQueue(instrument(new SQSClient({})), queueUrl);
}

/**
 * The longest bank call of a check, which infra keeps well below the function's timeout
 * ({@link CHECK_TIMEOUT_MS} when unset).
 */
export function checkTimeoutFromEnvironment(env: StatusSyncEnvironment): number {
  return optionalVariable(env, ENVIRONMENT.statusSyncCheckTimeoutMs) ?? CHECK_TIMEOUT_MS;
}
