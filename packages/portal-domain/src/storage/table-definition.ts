import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Attribute names of the single-table design (see STORAGE.md). */
export const ATTRIBUTES = {
  partitionKey: 'PK',
  sortKey: 'SK',
  gsi1PartitionKey: 'GSI1PK',
  gsi1SortKey: 'GSI1SK',
  gsi2PartitionKey: 'GSI2PK',
  gsi2SortKey: 'GSI2SK',
  timeToLive: 'expiresAt',
} as const;

/** Index names of the single-table design. */
export const INDEXES = {
  /** Overloaded lookups: a user's organisations, an application by Client ID, an invitation by token hash. */
  lookup: 'GSI1',
  /** Sparse: limit-change requests that are not final, by next check time. */
  pendingLimits: 'GSI2',
} as const;

/** The table's key schema, indexes and billing, as data (CDK and `createTable` both read it). */
export function portalTableDefinition(tableName: string): CreateTableCommandInput {
  const a = ATTRIBUTES;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      a.partitionKey,
      a.sortKey,
      a.gsi1PartitionKey,
      a.gsi1SortKey,
      a.gsi2PartitionKey,
      a.gsi2SortKey,
    ].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: a.partitionKey, KeyType: 'HASH' },
      { AttributeName: a.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: INDEXES.lookup,
        KeySchema: [
          { AttributeName: a.gsi1PartitionKey, KeyType: 'HASH' },
          { AttributeName: a.gsi1SortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: INDEXES.pendingLimits,
        KeySchema: [
          { AttributeName: a.gsi2PartitionKey, KeyType: 'HASH' },
          { AttributeName: a.gsi2SortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
