import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaSyncTrigger } from '../../src/index.js';

/** What the stand-in for the Lambda service received, and what it answers next. */
const lambda = {
  requests: [] as { path: string; invocationType: string | undefined; payload: unknown }[],
  answer: { status: 202, body: '' },
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
    response.writeHead(lambda.answer.status, { 'content-type': 'application/json' });
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

const DEADLINE = '2026-12-06T15:05:00.000Z';

describe('lambdaSyncTrigger', () => {
  it('queues the status-sync function asynchronously with the organisation and the run', async () => {
    lambda.answer = { status: 202, body: '' };

    await lambdaSyncTrigger(client, 'devportal-status-sync').start({
      organisationId: 'org-1',
      runId: 'run-1',
      deadlineAt: DEADLINE,
    });

    expect(lambda.requests.at(-1)).toEqual({
      path: '/2015-03-31/functions/devportal-status-sync/invocations',
      invocationType: 'Event',
      payload: { organisationId: 'org-1', runId: 'run-1', deadlineAt: DEADLINE },
    });
  });

  it('fails when Lambda did not queue the event', async () => {
    const trigger = lambdaSyncTrigger(client, 'devportal-status-sync');

    lambda.answer = { status: 200, body: '{}' };
    await expect(
      trigger.start({ organisationId: 'org-1', runId: 'run-2', deadlineAt: DEADLINE }),
    ).rejects.toThrow(/did not queue/);

    lambda.answer = {
      status: 429,
      body: JSON.stringify({ Type: 'User', message: 'Rate exceeded' }),
    };
    await expect(
      trigger.start({ organisationId: 'org-1', runId: 'run-3', deadlineAt: DEADLINE }),
    ).rejects.toThrow();
  });
});
