import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '../src/dynamodb-local.js';

const dataDirectory = mkdtempSync(join(tmpdir(), 'dynamodb-local-'));

afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

function clientOf(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
}

describe('startDynamoDbLocal', () => {
  it('keeps tables on disk across restarts when given a dbPath (the dev stack)', async () => {
    const first = await startDynamoDbLocal({ dbPath: dataDirectory });
    const writer = clientOf(first.endpoint);
    await writer.send(
      new CreateTableCommand({
        TableName: 'kept',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
      }),
    );
    writer.destroy();
    await first.stop();

    const second = await startDynamoDbLocal({ dbPath: dataDirectory });
    const reader = clientOf(second.endpoint);
    const { TableNames } = await reader.send(new ListTablesCommand({}));
    reader.destroy();
    await second.stop();

    expect(TableNames).toEqual(['kept']);
  }, 90_000); // two JVM starts: about 10 s on a quiet machine, several times that under load

  it('says that Java is needed when `java` is not on the PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = dataDirectory;
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow(/needs Java 17.*`java` was not found/);
    } finally {
      process.env.PATH = path;
    }
  });
});
