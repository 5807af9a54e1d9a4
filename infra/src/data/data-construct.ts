import { ATTRIBUTES, portalTableDefinition } from '@devportal/portal-dynamodb';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { StageName } from '../stage/stage-settings.js';
import { tableSchemaOf } from './table-schema.js';

/** Props of {@link DataConstruct}. */
export interface DataConstructProps {
  readonly stage: StageName;
}

/**
 * The portal's single DynamoDB table (STORAGE.md), with the key schema, indexes and TTL attribute
 * of portal-dynamodb's `portalTableDefinition`: on demand, point-in-time recovery, encrypted with a
 * key of its own, protected from deletion and kept when the stack goes.
 */
export class DataConstruct extends Construct {
  /** The customer-managed key encrypting the table, its indexes and backups. */
  readonly tableKey: Key;
  readonly table: Table;
  /** The names of the table's global secondary indexes (their ARNs are granted one by one). */
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string, props: DataConstructProps) {
    super(scope, id);
    this.tableKey = new Key(this, 'TableKey', {
      description: `Encrypts the devportal ${props.stage} table at rest`,
      alias: `alias/devportal/${props.stage}/table`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The name is CloudFormation's: a fixed name would block any replacement of the table.
    const schema = tableSchemaOf(portalTableDefinition('generated-by-cloudformation'));
    const { globalSecondaryIndexes, ...keys } = schema;
    this.table = new Table(this, 'Table', {
      ...keys,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.tableKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: ATTRIBUTES.timeToLive,
    });
    for (const index of globalSecondaryIndexes) this.table.addGlobalSecondaryIndex(index);
    this.indexNames = globalSecondaryIndexes.map((index) => index.indexName);
  }
}
