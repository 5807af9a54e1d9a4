import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { DYNAMODB_LOCAL_CREDENTIALS, DYNAMODB_LOCAL_REGION } from './dynamodb-local.js';
import './provided-context.js';

/** A table of its own for one test file, on the run's DynamoDB Local. */
export interface DynamoDbTestTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}

/** A client of the run's DynamoDB Local (started by the `globalSetup`). */
export function dynamoDbLocalClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject('dynamoDbEndpoint'),
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
}

/**
 * Registers `beforeAll`/`afterAll` hooks giving the calling test file a uniquely
 * named table, created with `createTable` (the schema's owner) and dropped after
 * the file: test files stay isolated while sharing one server.
 *
 * @returns a holder whose fields are set once `beforeAll` has run
 */
export function useDynamoDbTestTable(
  prefix: string,
  createTable: (client: DynamoDBClient, tableName: string) => Promise<void>,
): DynamoDbTestTable {
  const table = { client: undefined, tableName: `${prefix}-${randomUUID()}` } as unknown as {
    client: DynamoDBClient;
    tableName: string;
  };
  beforeAll(async () => {
    table.client = dynamoDbLocalClient();
    await createTable(table.client, table.tableName);
  });
  afterAll(async () => {
    await table.client.send(new DeleteTableCommand({ TableName: table.tableName }));
    table.client.destroy();
  });
  return table;
}
