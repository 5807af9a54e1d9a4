import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from './dynamodb-local.js';
import './provided-context.js';

/**
 * Vitest `globalSetup`: one DynamoDB Local (in memory) for the whole run, its
 * endpoint provided to tests as `inject('dynamoDbEndpoint')`, stopped at teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const dynamoDb = await startDynamoDbLocal();
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.info(`DynamoDB Local ready at ${dynamoDb.endpoint} in ${seconds} s`);
  project.provide('dynamoDbEndpoint', dynamoDb.endpoint);
  return () => dynamoDb.stop();
}
