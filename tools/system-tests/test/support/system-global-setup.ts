import { appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDevStack } from '@devportal/dev-stack';
import { DocumentStore, DynamoCatalogRepository } from '@devportal/portal-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from '@devportal/test-support/dynamodb-local';
import type { TestProject } from 'vitest/node';
import { identitySigningKeyFile } from './identity-signing-key.js';
import { LOAD_TEST_CATALOG } from './load-test-catalog.js';
import { logFile } from './log-file.js';
import { startSandboxControlServer } from './sandbox-control-server.js';
import { startWebhookSsrfNetwork } from './webhook-ssrf-network.js';
import './provided-context.js';

/**
 * Vitest `globalSetup`: the stack `pnpm start` runs, once for every suite (in-memory DynamoDB
 * Local, free ports), every line it logs kept for the secrets scan, the load plan published.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDirectory = await mkdtemp(join(tmpdir(), 'devportal-system-'));
  const stackLog = logFile(runDirectory, 'stack');
  const startedAt = performance.now();
  const webhookNetwork = await startWebhookSsrfNetwork(project);
  const stack = await startDevStack({
    port: 0,
    sandboxPort: 0,
    log: (line) => appendFileSync(stackLog, `${line}\n`),
    identitySigningKeyFile: identitySigningKeyFile(runDirectory),
    webhookDestinations: webhookNetwork.destinations,
  });
  const dynamoDb = new DynamoDBClient({
    endpoint: stack.dynamoDbEndpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
  await new DynamoCatalogRepository(new DocumentStore(dynamoDb, stack.tableName)).publish(
    LOAD_TEST_CATALOG,
  );
  dynamoDb.destroy();
  const control = await startSandboxControlServer(stack.sandbox);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.info(`system tests: the stack is up at ${stack.url} in ${seconds} s`);

  project.provide('stackUrl', stack.url);
  project.provide('gatewayTokenUrl', stack.gatewayTokenUrl);
  project.provide('gatewayApiBaseUrl', stack.gatewayApiBaseUrl);
  project.provide('sandboxUrl', stack.sandbox.url);
  project.provide('dynamoDbEndpoint', stack.dynamoDbEndpoint);
  project.provide('tableName', stack.tableName);
  project.provide('mailInboxUrl', stack.mailInboxUrl);
  project.provide('controlUrl', control.url);
  project.provide('runDirectory', runDirectory);

  return async () => {
    await control.close();
    await stack.close();
    await webhookNetwork.close();
    await rm(runDirectory, { recursive: true, force: true });
  };
}
