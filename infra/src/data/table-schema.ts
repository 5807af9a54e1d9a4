import type { portalTableDefinition } from '@devportal/portal-dynamodb';
import {
  type Attribute,
  AttributeType,
  BillingMode,
  type GlobalSecondaryIndexProps,
  ProjectionType,
} from 'aws-cdk-lib/aws-dynamodb';

/** The table as portal-dynamodb declares it (the same data `createTable` sends to DynamoDB Local). */
export type PortalTableDefinition = ReturnType<typeof portalTableDefinition>;

/** The parts of CDK's table props that the domain's definition decides. */
export interface TableSchema {
  readonly partitionKey: Attribute;
  readonly sortKey?: Attribute;
  readonly billingMode: BillingMode;
  readonly globalSecondaryIndexes: GlobalSecondaryIndexProps[];
}

/**
 * Translates the domain's `CreateTableCommandInput` into CDK's terms, so that the deployed table
 * and the local one cannot drift apart. Fails on anything it does not know how to translate.
 */
export function tableSchemaOf(definition: PortalTableDefinition): TableSchema {
  const types = new Map(
    (definition.AttributeDefinitions ?? []).map((a) => [a.AttributeName, a.AttributeType]),
  );
  const keysOf = (keySchema: PortalTableDefinition['KeySchema'], owner: string) => {
    const attribute = (keyType: 'HASH' | 'RANGE'): Attribute | undefined => {
      const name = keySchema?.find((key) => key.KeyType === keyType)?.AttributeName;
      if (name === undefined) return undefined;
      return { name, type: attributeTypeOf(types.get(name), `${owner}.${name}`) };
    };
    const partitionKey = attribute('HASH');
    if (partitionKey === undefined) throw new Error(`${owner} declares no partition key`);
    const sortKey = attribute('RANGE');
    return { partitionKey, ...(sortKey && { sortKey }) };
  };
  if (definition.BillingMode !== 'PAY_PER_REQUEST') {
    throw new Error(`The table must be on demand, the definition says ${definition.BillingMode}`);
  }
  return {
    ...keysOf(definition.KeySchema, 'table'),
    billingMode: BillingMode.PAY_PER_REQUEST,
    globalSecondaryIndexes: (definition.GlobalSecondaryIndexes ?? []).map((index) => {
      const indexName = index.IndexName ?? '';
      return {
        indexName,
        ...keysOf(index.KeySchema, indexName),
        projectionType: projectionTypeOf(index.Projection, indexName),
      };
    }),
  };
}

/** All attributes or keys only: an `INCLUDE` list is not translated (no index uses one). */
function projectionTypeOf(
  projection: NonNullable<PortalTableDefinition['GlobalSecondaryIndexes']>[number]['Projection'],
  indexName: string,
): ProjectionType {
  switch (projection?.ProjectionType) {
    case 'ALL':
      return ProjectionType.ALL;
    case 'KEYS_ONLY':
      return ProjectionType.KEYS_ONLY;
    default:
      throw new Error(`${indexName} must project all attributes or keys only`);
  }
}

function attributeTypeOf(type: string | undefined, where: string): AttributeType {
  switch (type) {
    case 'S':
      return AttributeType.STRING;
    case 'N':
      return AttributeType.NUMBER;
    case 'B':
      return AttributeType.BINARY;
    default:
      throw new Error(`${where} has no attribute definition`);
  }
}
