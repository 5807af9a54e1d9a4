import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import type { ResolvedAddress } from '@devportal/portal-domain';
import { makeTestCertificates } from '@devportal/test-support/test-certificates';
import { afterEach, describe, expect, it } from 'vitest';
import { httpWebhookTransport } from '../src/http-webhook-transport.js';

const LOOPBACK: ResolvedAddress = { address: '127.0.0.1', family: 4 };
const servers: { close(callback: () => void): unknown }[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((done) => s.close(() => done()))),
  );
});

async function listening<S extends Server | ReturnType<typeof createTcpServer>>(server: S) {
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return (server.address() as AddressInfo).port;
}

describe('the webhook transport', () => {
  it('connects to the checked address while the name stays in Host, and follows no redirect', async () => {
    const received: { url?: string; host?: string; body: string; signature?: string }[] = [];
    const port = await listening(
      createServer((request: IncomingMessage, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          received.push({
            url: request.url,
            host: request.headers.host,
            body,
            signature: String(request.headers['webhook-signature']),
          });
          response.writeHead(received.length === 1 ? 204 : 302, { location: '/elsewhere' }).end();
        });
      }),
    );
    const transport = httpWebhookTransport(2_000);
    const post = () =>
      transport.post({
        url: `http://receiver.partner.test:${port}/hooks?team=cards`,
        address: LOOPBACK,
        headers: { 'webhook-signature': 'v1,YWI=' },
        body: '{"id":"e-1"}',
      });

    const first = await post();
    const second = await post();

    expect([first.status, second.status]).toEqual([204, 302]);
    expect(received).toEqual([
      expect.objectContaining({
        url: '/hooks?team=cards',
        host: `receiver.partner.test:${port}`,
        body: '{"id":"e-1"}',
        signature: 'v1,YWI=',
      }),
      expect.objectContaining({ url: '/hooks?team=cards' }),
    ]);
  });

  it('verifies the certificate against the name: an untrusted one is a tls_error', async () => {
    const certificates = makeTestCertificates();
    const port = await listening(
      createHttpsServer(
        { cert: certificates.serverCert, key: certificates.serverKey },
        (_, response) => response.writeHead(204).end(),
      ),
    );

    const attempt = httpWebhookTransport(2_000).post({
      url: `https://receiver.partner.test:${port}/hooks`,
      address: LOOPBACK,
      headers: {},
      body: '{}',
    });

    await expect(attempt).rejects.toMatchObject({ reason: 'tls_error', message: 'tls_error' });
  });

  it('reports a silent receiver as a timeout and a closed port as connection_failed', async () => {
    const held: Socket[] = [];
    const silent = await listening(createTcpServer((socket) => held.push(socket)));
    const closing = createTcpServer();
    const closed = await listening(closing);
    servers.pop();
    await new Promise((done) => closing.close(done));
    const post = (port: number) =>
      httpWebhookTransport(300).post({
        url: `https://receiver.partner.test:${port}/hooks`,
        address: LOOPBACK,
        headers: {},
        body: '{}',
      });

    await expect(post(silent)).rejects.toMatchObject({ reason: 'timeout', message: 'timeout' });
    await expect(post(closed)).rejects.toMatchObject({ reason: 'connection_failed' });
    for (const socket of held) socket.destroy();
  });
});
