import { setTimeout as delay } from 'node:timers/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { ATTRIBUTES, portalTableDefinition } from './table-definition.js';

const TABLE_READY_WAIT_SECONDS = 60;

/**
 * Creates the portal table with its indexes and TTL, or completes an existing one with the indexes
 * it lacks (a local data directory made before an index was declared) and leaves the rest as it
 * is: safe to call on every start of the dev stack and in every test file.
 */
export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(portalTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: TABLE_READY_WAIT_SECONDS },
    { TableName: tableName },
  );
  await addMissingIndexes(client, tableName);
  await enableTimeToLive(client, tableName);
}

/** Adds the declared indexes `tableName` lacks, one at a time (as DynamoDB requires), each awaited. */
async function addMissingIndexes(client: DynamoDBClient, tableName: string): Promise<void> {
  const definition = portalTableDefinition(tableName);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of definition.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    const keyNames = new Set((index.KeySchema ?? []).map((key) => key.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: definition.AttributeDefinitions?.filter((attribute) =>
          keyNames.has(attribute.AttributeName),
        ),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.IndexName,
              KeySchema: index.KeySchema,
              Projection: index.Projection,
            },
          },
        ],
      }),
    );
    await untilIndexIsActive(client, tableName, index.IndexName);
  }
}

const INDEX_POLL_MS = 200;

/** Resolves once the index is built (DynamoDB offers no waiter for an index). */
async function untilIndexIsActive(
  client: DynamoDBClient,
  tableName: string,
  indexName: string | undefined,
): Promise<void> {
  const giveUpAt = Date.now() + TABLE_READY_WAIT_SECONDS * 1000;
  while (Date.now() < giveUpAt) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = Table?.GlobalSecondaryIndexes?.find((one) => one.IndexName === indexName);
    if (Table?.TableStatus === 'ACTIVE' && index?.IndexStatus === 'ACTIVE') return;
    await delay(INDEX_POLL_MS);
  }
  throw new Error(
    `Index ${indexName} of ${tableName} was not active after ${TABLE_READY_WAIT_SECONDS} s`,
  );
}

async function enableTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const { TimeToLiveDescription } = await client.send(
    new DescribeTimeToLiveCommand({ TableName: tableName }),
  );
  const status = TimeToLiveDescription?.TimeToLiveStatus;
  if (status === 'ENABLED' || status === 'ENABLING') return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: ATTRIBUTES.timeToLive, Enabled: true },
    }),
  );
}
