import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaSyncTrigger } from '../../src/index.js';

/** What the stand-in for the Lambda service received, and what it answers next. */
const lambda = {
  requests: [] as { path: string; invocationType: string | undefined; payload: unknown }[],
  answer: { status: 200, body: '{}', functionError: undefined as string | undefined },
};
let server: Server;
let client: LambdaClient;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  // The Lambda Invoke API on a loopback port: POST /2015-03-31/functions/{name}/invocations.
  server = createServer(async (request, response) => {
    lambda.requests.push({
      path: request.url ?? '',
      invocationType: request.headers['x-amz-invocation-type'] as string | undefined,
      payload: JSON.parse(await bodyOf(request)),
    });
    response.writeHead(lambda.answer.status, {
      'content-type': 'application/json',
      ...(lambda.answer.functionError && { 'x-amz-function-error': lambda.answer.functionError }),
    });
    response.end(lambda.answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new LambdaClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client?.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

describe('lambdaSyncTrigger', () => {
  it('invokes the status-sync function synchronously with the organisation and reads its report', async () => {
    const report = {
      checked: 4,
      changed: 2,
      failed: 1,
      stillPending: 1,
      waitingForSignature: 0,
      durationMs: 830,
    };
    lambda.answer = {
      status: 200,
      body: JSON.stringify({ ...report, runId: 'r1' }),
      functionError: undefined,
    };

    const answered = await lambdaSyncTrigger(client, 'devportal-status-sync').trigger('org-1');

    expect(answered).toEqual(report);
    expect(lambda.requests.at(-1)).toEqual({
      path: '/2015-03-31/functions/devportal-status-sync/invocations',
      invocationType: 'RequestResponse',
      payload: { organisationId: 'org-1' },
    });
  });

  it('fails when the function failed or answered something else', async () => {
    const trigger = lambdaSyncTrigger(client, 'devportal-status-sync');

    lambda.answer = {
      status: 200,
      body: JSON.stringify({ errorType: 'BankUnavailable', errorMessage: 'the bank timed out' }),
      functionError: 'Unhandled',
    };
    await expect(trigger.trigger('org-1')).rejects.toThrow(/Unhandled.*BankUnavailable/);

    lambda.answer = {
      status: 200,
      body: JSON.stringify({ checked: 'all' }),
      functionError: undefined,
    };
    await expect(trigger.trigger('org-1')).rejects.toThrow(/report/);
  });
});
