import { DynamoDBClient, paginateQuery } from '@aws-sdk/client-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from '@devportal/test-support/dynamodb-local';
import { inject } from 'vitest';
import './provided-context.js';

/** A client of the stack's DynamoDB Local; the caller destroys it. */
export function stackDynamoDb(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject('dynamoDbEndpoint'),
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
}

/**
 * The items of an organisation's partition, as stored (members, applications, audit events, …):
 * read in the test only, to prove a refused request wrote nothing.
 */
export async function organisationItems(organisationId: string): Promise<string[]> {
  const client = stackDynamoDb();
  try {
    const keys: string[] = [];
    const pages = paginateQuery(
      { client },
      {
        TableName: inject('tableName'),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': { S: `ORG#${organisationId}` } },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) keys.push(`${item.SK?.S}:${JSON.stringify(item)}`);
    }
    return keys.sort();
  } finally {
    client.destroy();
  }
}
