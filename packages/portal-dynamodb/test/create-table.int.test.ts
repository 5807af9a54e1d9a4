import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTES,
  createTable,
  DocumentStore,
  INDEXES,
  portalTableDefinition,
} from '../src/index.js';

const table = useDynamoDbTestTable('create-table', createTable);

describe('createTable', () => {
  it('creates the table with its three indexes and TTL on expiresAt', async () => {
    const { Table } = await table.client.send(
      new DescribeTableCommand({ TableName: table.tableName }),
    );
    const { TimeToLiveDescription } = await table.client.send(
      new DescribeTimeToLiveCommand({ TableName: table.tableName }),
    );

    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
      INDEXES.lookup,
      INDEXES.pendingLimits,
      INDEXES.usageRollup,
    ]);
    expect(TimeToLiveDescription).toMatchObject({
      AttributeName: ATTRIBUTES.timeToLive,
      TimeToLiveStatus: 'ENABLED',
    });
  });

  it('leaves an existing table as it is when called again', async () => {
    await expect(createTable(table.client, table.tableName)).resolves.toBeUndefined();
  });

  it('adds the indexes an existing table lacks, leaving its items in place', async () => {
    // Prepare: a table made before the usage roll-up's index was declared, holding an item
    const tableName = `create-table-older-${randomUUID()}`;
    const current = portalTableDefinition(tableName);
    await table.client.send(
      new CreateTableCommand({
        ...current,
        GlobalSecondaryIndexes: current.GlobalSecondaryIndexes?.filter(
          (index) => index.IndexName !== INDEXES.usageRollup,
        ),
        AttributeDefinitions: current.AttributeDefinitions?.filter(
          (attribute) => !attribute.AttributeName?.startsWith('GSI3'),
        ),
      }),
    );
    const store = new DocumentStore(table.client, tableName);
    await store.update(
      { PK: 'KEPT', SK: 'ITEM' },
      { expression: 'SET kept = :yes', values: { ':yes': true } },
    );

    try {
      // Act
      await createTable(table.client, tableName);

      // Assess
      const { Table } = await table.client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
        INDEXES.lookup,
        INDEXES.pendingLimits,
        INDEXES.usageRollup,
      ]);
      expect(await store.get({ PK: 'KEPT', SK: 'ITEM' })).toMatchObject({ kept: true });
    } finally {
      await table.client.send(new DeleteTableCommand({ TableName: tableName }));
    }
  });
});
