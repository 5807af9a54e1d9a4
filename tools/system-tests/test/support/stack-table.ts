import { paginateQuery } from '@aws-sdk/client-dynamodb';
import { dynamoDbLocalClient } from '@devportal/test-support';
import { inject } from 'vitest';
import './provided-context.js';

/**
 * The items of an organisation's partition, as stored (members, applications, audit events, …):
 * read in the test only, to prove a refused request wrote nothing.
 */
export async function organisationItems(organisationId: string): Promise<string[]> {
  const client = dynamoDbLocalClient();
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
