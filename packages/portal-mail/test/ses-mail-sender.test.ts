import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationMail, SesMailSender } from '../src/index.js';

interface Received {
  readonly method: string;
  readonly path: string;
  // biome-ignore lint/suspicious/noExplicitAny: the SES v2 request body as sent
  readonly body: any;
}

/** A loopback stand-in for SES v2's `SendEmail` endpoint: records each request, answers a MessageId. */
function sesOnLoopback() {
  const received: Received[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({
      method: request.method ?? '',
      path: request.url ?? '',
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ MessageId: 'm-1' }));
  });
  return { server, received };
}

describe('SesMailSender', () => {
  const ses = sesOnLoopback();
  let client: SESv2Client;

  beforeAll(async () => {
    await new Promise<void>((ready) => ses.server.listen(0, '127.0.0.1', ready));
    const { port } = ses.server.address() as AddressInfo;
    client = new SESv2Client({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });
  afterAll(async () => {
    client.destroy();
    await new Promise((closed) => ses.server.close(closed));
  });

  it('sends subject, text and HTML in UTF-8 from the configured address', async () => {
    const message = invitationMail({
      to: 'new@example.com',
      language: 'ru',
      organisationName: 'Ромашка',
      role: 'Developer',
      inviter: 'Анна',
      acceptUrl: 'https://portal.example.com/invitations/t',
      expiresAt: '2026-12-14T10:00:00.000Z',
    });

    await new SesMailSender(client, {
      from: 'no-reply@portal.example.com',
      configurationSetName: 'portal',
    }).send(message);

    expect(ses.received).toHaveLength(1);
    const [request] = ses.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v2/email/outbound-emails');
    expect(request?.body).toEqual({
      FromEmailAddress: 'no-reply@portal.example.com',
      Destination: { ToAddresses: ['new@example.com'] },
      ConfigurationSetName: 'portal',
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: message.text, Charset: 'UTF-8' },
            Html: { Data: message.html, Charset: 'UTF-8' },
          },
        },
      },
    });
  });
});
