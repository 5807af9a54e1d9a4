import { Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { DataConstruct } from './data-construct.js';

/**
 * DynamoDB item actions by what they let a function do. `TransactWriteItems` is authorized per
 * item (`PutItem`, `UpdateItem`, `DeleteItem`, `ConditionCheckItem`); nothing here scans the table
 * or manages it.
 */
export const TABLE_ACTIONS = {
  /** Consistent reads, queries of the table and its indexes, and transaction conditions. */
  read: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'],
  /** Many items by key in one call (a person's organisations). */
  batchRead: ['dynamodb:BatchGetItem'],
  /** Conditional writes, alone or in transactions. */
  write: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  /** Batched deletes (what an organisation or application leaves behind). */
  batchDelete: ['dynamodb:BatchWriteItem'],
} as const;

/** What DynamoDB asks KMS for on the caller's behalf when the table has a customer-managed key. */
const TABLE_KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'];

/**
 * Lets `grantee` do `actions` on the table's items (and `Query` its indexes, named one by one),
 * and use the table's key only through DynamoDB.
 */
export function grantTableAccess(
  grantee: IGrantable,
  data: DataConstruct,
  actions: readonly string[],
): void {
  const { table } = data;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: [...actions], resources: [table.tableArn] }),
  );
  if (actions.includes('dynamodb:Query')) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: data.indexNames.map((name) => `${table.tableArn}/index/${name}`),
      }),
    );
  }
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: TABLE_KEY_ACTIONS,
      resources: [data.tableKey.keyArn],
      conditions: {
        StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(table).region}.amazonaws.com` },
      },
    }),
  );
}
