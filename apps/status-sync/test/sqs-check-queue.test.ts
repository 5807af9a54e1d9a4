import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimedCheck, claimedCheckOf, SqsCheckQueue } from '../src/index.js';

interface Entry {
  readonly Id: string;
  readonly MessageBody: string;
}

/**
 * SQS's `SendMessageBatch` on loopback (AWS JSON 1.0, as the SDK speaks it): refuses the entries
 * whose ids `refuse` names, once each per listed time, and keeps every call's entries.
 */
let server: Server;
let endpoint: string;
const calls: { target: string | undefined; queueUrl: string; entries: Entry[] }[] = [];
let refuse: string[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = JSON.parse(text) as { QueueUrl: string; Entries: Entry[] };
    calls.push({
      target: request.headers['x-amz-target'] as string | undefined,
      queueUrl: body.QueueUrl,
      entries: body.Entries,
    });
    const refused = body.Entries.filter((entry) => {
      const at = refuse.indexOf(entry.Id);
      if (at < 0) return false;
      refuse.splice(at, 1);
      return true;
    });
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(
      JSON.stringify({
        Successful: body.Entries.filter((entry) => !refused.includes(entry)).map((entry) => ({
          Id: entry.Id,
          MessageId: `message-${entry.Id}`,
          MD5OfMessageBody: md5(entry.MessageBody),
        })),
        Failed: refused.map((entry) => ({
          Id: entry.Id,
          SenderFault: false,
          Code: 'InternalError',
        })),
      }),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((closed) => server.close(closed)));

const QUEUE_URL = 'https://sqs.eu-central-1.amazonaws.com/111111111111/checks';
const checks: ClaimedCheck[] = [1, 2, 3].map((n) => ({
  organisationId: 'org-1',
  externalId: `doc-${n}`,
  contour: 'sandbox',
  ...(n === 2 && { applicationId: 'app-1', businessCardId: 'card-1' }),
  state: 'DELIVERED',
  checksInState: n,
  nextCheckAt: '2026-11-23T12:15:00.000Z',
  version: n + 1,
}));

function queue() {
  const sqs = new SQSClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return new SqsCheckQueue(sqs, QUEUE_URL);
}

describe('the SQS check queue', () => {
  it('sends one message per document in one batch, and once more what SQS refused', async () => {
    // Prepare
    calls.length = 0;
    refuse = ['1'];

    // Act
    await queue().send(checks);

    // Assess
    expect(calls.map((call) => call.target)).toEqual([
      'AmazonSQS.SendMessageBatch',
      'AmazonSQS.SendMessageBatch',
    ]);
    expect(calls[0]?.queueUrl).toBe(QUEUE_URL);
    expect(calls[0]?.entries.map((entry) => claimedCheckOf(entry.MessageBody))).toEqual(checks);
    expect(calls[1]?.entries.map((entry) => claimedCheckOf(entry.MessageBody))).toEqual([
      checks[1],
    ]);
  });

  it('rejects when SQS refuses a document twice', async () => {
    calls.length = 0;
    refuse = ['2', '2'];

    await expect(queue().send(checks)).rejects.toThrow('SQS refused 1 of 3 checks');
    expect(calls).toHaveLength(2);
  });
});

describe('a check message', () => {
  it('is read back as the claimed check, with all a check needs, and refused when it is not one', () => {
    expect(checks.map((check) => claimedCheckOf(JSON.stringify(check)))).toEqual(checks);
    const [check] = checks;
    const garbled = [
      { organisationId: 'o', externalId: 'e', version: 2 },
      { ...check, contour: 'elsewhere' },
      { ...check, checksInState: '1' },
      { ...check, applicationId: 7 },
      { ...check, state: undefined },
    ];
    for (const body of [...garbled.map((value) => JSON.stringify(value)), 'null', '"text"']) {
      expect(() => claimedCheckOf(body), body).toThrow('The message is not a claimed check');
    }
  });
});
