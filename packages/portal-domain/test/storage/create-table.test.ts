import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, createTable, INDEXES } from '../../src/storage/index.js';

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
});
