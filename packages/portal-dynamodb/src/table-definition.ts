import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Attribute names of the single-table design (see STORAGE.md). */
export const ATTRIBUTES = {
  partitionKey: 'PK',
  sortKey: 'SK',
  gsi1PartitionKey: 'GSI1PK',
  gsi1SortKey: 'GSI1SK',
  gsi2PartitionKey: 'GSI2PK',
  gsi2SortKey: 'GSI2SK',
  gsi3PartitionKey: 'GSI3PK',
  gsi3SortKey: 'GSI3SK',
  timeToLive: 'expiresAt',
} as const;

/** Index names of the single-table design. */
export const INDEXES = {
  /** Overloaded lookups: a user's organisations, an application by Client ID, an invitation by token hash. */
  lookup: 'GSI1',
  /** Sparse: limit-change requests that are not final, by next check time. */
  pendingLimits: 'GSI2',
  /**
   * Sparse, keys only: minute usage counters not yet rolled into their hour and day, by minute.
   * Keys only so that the counters' `ADD`s, which change no key, write nothing to the index.
   */
  usageRollup: 'GSI3',
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
      a.gsi3PartitionKey,
      a.gsi3SortKey,
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
      {
        IndexName: INDEXES.usageRollup,
        KeySchema: [
          { AttributeName: a.gsi3PartitionKey, KeyType: 'HASH' },
          { AttributeName: a.gsi3SortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
}
