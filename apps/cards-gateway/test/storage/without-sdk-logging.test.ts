import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DynamoDBClient,
  type DynamoDBClientConfig,
  GetItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSdkLogging } from '../../src/storage/without-sdk-logging.js';

/** A table endpoint on loopback that answers every command with an empty JSON object. */
const table = createServer((request, response) => {
  request.resume().on('end', () => {
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
  });
});
let endpoint: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => table.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(table.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => table.close(() => resolve())));

/** A client whose SDK logger records the commands it is handed (at `info`), and those records. */
function recordingClient() {
  const records: unknown[] = [];
  const ignore = () => {};
  const logger: NonNullable<DynamoDBClientConfig['logger']> = {
    debug: ignore,
    info: (entry: unknown) => records.push(entry),
    warn: ignore,
    error: ignore,
  };
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    logger,
  });
  return { client, records };
}

const readSecret = new GetItemCommand({
  TableName: 'portal',
  Key: { PK: { S: 'APP#secret-bearing' }, SK: { S: 'APP' } },
});

describe('the gateway’s table client', () => {
  it('hands no command to the SDK logger, so none is copied through its filter', async () => {
    // Prepare
    const plain = recordingClient();
    const gateways = recordingClient();
    withoutSdkLogging(gateways.client);

    // Act
    await plain.client.send(readSecret);
    const answer = await gateways.client.send(readSecret);

    // Assess
    expect(plain.records).toHaveLength(1);
    expect(gateways.records).toEqual([]);
    expect(answer.$metadata.httpStatusCode).toBe(200);
    plain.client.destroy();
    gateways.client.destroy();
  });
});
