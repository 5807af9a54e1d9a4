import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createTable, KmsKeyEncryption } from '@devportal/portal-dynamodb';
import { DYNAMODB_LOCAL_CREDENTIALS, dynamoDbLocalClient } from '@devportal/test-support';
import { LoopbackKms } from '@devportal/test-support/loopback-kms';
import { LoopbackSecretsManager } from '@devportal/test-support/loopback-secrets-manager';
import { LoopbackSqs } from '@devportal/test-support/loopback-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type AwsCredentials,
  LambdaFunction,
  LoopbackAws,
  LoopbackLambda,
} from '../../src/index.js';
import { fixtureFunction, NO_AWS } from '../support/fixture-function.js';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/loopback';
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:harness';
const TABLE = `loopback-aws-${Date.now()}`;

let aws: LoopbackAws;
const sqs = new LoopbackSqs();
const lambda = new LoopbackLambda();
// Its invocations hang until the timeout kills them: no answer of Invoke can wait for one.
const hanging = new LambdaFunction(
  fixtureFunction({ name: 'hanging', timeoutMs: 1_000, sigtermMarker: '/dev/null' }),
  NO_AWS,
);
lambda.deploy(hanging);
const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/111122223333/checks';

beforeAll(async () => {
  const local = dynamoDbLocalClient();
  await createTable(local, TABLE);
  local.destroy();
  aws = await LoopbackAws.start({
    dynamoDbEndpoint: inject('dynamoDbEndpoint'),
    dynamoDbAccessKeyId: DYNAMODB_LOCAL_CREDENTIALS.accessKeyId,
    kms: new LoopbackKms(KEY_ARN),
    secretsManager: new LoopbackSecretsManager({ [SECRET_ARN]: 'the value' }),
    sqs,
    lambda,
  });
});

afterAll(async () => {
  await hanging.close();
  await aws?.close();
});

/** The SDK's own clients, as a function would build them: region and credentials from its environment. */
function clientsFor(credentials: AwsCredentials) {
  const config = { endpoint: aws.url, region: 'eu-west-1', credentials };
  return {
    dynamoDb: new DynamoDBClient(config),
    kms: new KMSClient(config),
    secrets: new SecretsManagerClient(config),
    sqs: new SQSClient(config),
    lambda: new LambdaClient(config),
  };
}

describe('the loopback AWS endpoint', () => {
  it('seals and opens data keys as KMS does, bound to their encryption context', async () => {
    // Prepare
    const { kms } = clientsFor(aws.issueCredentials(() => {}));
    const keys = new KmsKeyEncryption(kms, KEY_ARN);
    const context = { organisationId: 'org-1' };

    // Act
    const dataKey = await keys.generateDataKey(context);
    const opened = await keys.unwrapDataKey(dataKey.wrapped, context);
    const otherContext = keys.unwrapDataKey(dataKey.wrapped, { organisationId: 'org-2' });

    // Assess
    expect(opened.equals(dataKey.plaintext)).toBe(true);
    expect(dataKey.plaintext).toHaveLength(32);
    await expect(otherContext).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
  });

  it('forwards DynamoDB to DynamoDB Local and counts every call for the credentials that signed it', async () => {
    // Prepare
    const first: string[] = [];
    const second: string[] = [];
    const a = clientsFor(aws.issueCredentials((operation) => first.push(operation)));
    const b = clientsFor(aws.issueCredentials((operation) => second.push(operation)));

    // Act
    const table = await a.dynamoDb.send(new DescribeTableCommand({ TableName: TABLE }));
    const secret = await b.secrets.send(new GetSecretValueCommand({ SecretId: SECRET_ARN }));
    await new KmsKeyEncryption(b.kms, KEY_ARN).generateDataKey({});

    // Assess
    expect(table.Table?.TableName).toBe(TABLE);
    expect(secret.SecretString).toBe('the value');
    expect(first).toEqual(['DynamoDB.DescribeTable']);
    expect(second).toEqual(['SecretsManager.GetSecretValue', 'KMS.GenerateDataKey']);
  });

  it('answers an unknown secret with ResourceNotFoundException', async () => {
    // Prepare
    const { secrets } = clientsFor(aws.issueCredentials(() => {}));

    // Act
    const missing = secrets.send(new GetSecretValueCommand({ SecretId: `${SECRET_ARN}-gone` }));

    // Assess
    await expect(missing).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('queues what a function sends to SQS, for the harness to hand to a worker in batches', async () => {
    // Prepare
    const sent: string[] = [];
    const { sqs: client } = clientsFor(aws.issueCredentials((operation) => sent.push(operation)));
    const entries = Array.from({ length: 10 }, (_, index) => ({
      Id: String(index),
      MessageBody: JSON.stringify({ n: index }),
    }));

    // Act
    const answer = await client.send(
      new SendMessageBatchCommand({ QueueUrl: QUEUE_URL, Entries: entries }),
    );
    const batch = sqs.receive(QUEUE_URL, 4);

    // Assess
    expect(answer.Successful).toHaveLength(10);
    expect(answer.Failed ?? []).toEqual([]);
    expect(sent).toEqual(['SQS.SendMessageBatch']);
    expect(batch.map((message) => JSON.parse(message.body))).toEqual([
      { n: 0 },
      { n: 1 },
      { n: 2 },
      { n: 3 },
    ]);
    expect(batch.every((message) => message.receiveCount === 1)).toBe(true);
    expect(sqs.depth(QUEUE_URL)).toBe(6);
  });
});

describe('Lambda’s Invoke on the loopback endpoint', () => {
  it('queues an Event invocation to the named function and answers 202 without waiting for it', async () => {
    // Prepare
    const calls: string[] = [];
    const { lambda: client } = clientsFor(
      aws.issueCredentials((operation) => calls.push(operation)),
    );

    // Act
    const answer = await client.send(
      new InvokeCommand({
        FunctionName: 'hanging',
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify({ hang: true })),
      }),
    );
    const endedWhenAnswered = hanging.invocations.length;
    const [queued, ...more] = await lambda.queuedInvocations();

    // Assess
    expect(answer.StatusCode).toBe(202);
    expect(calls).toEqual(['Lambda.Invoke']);
    expect(endedWhenAnswered).toBe(0);
    expect(more).toEqual([]);
    expect(queued?.outcome.kind).toBe('timeout');
    expect(lambda.queuedEvents()).toEqual([{ hang: true }]);
  });

  it('answers an unknown function with ResourceNotFoundException and a synchronous call as unsupported', async () => {
    // Prepare
    const { lambda: client } = clientsFor(aws.issueCredentials(() => {}));

    // Act
    const unknown = client.send(
      new InvokeCommand({ FunctionName: 'gone', InvocationType: 'Event' }),
    );
    const synchronous = client.send(new InvokeCommand({ FunctionName: 'hanging' }));

    // Assess
    await expect(unknown).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(synchronous).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    expect(hanging.invocations).toHaveLength(1);
  });
});
