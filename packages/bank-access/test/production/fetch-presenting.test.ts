import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
// A throwaway CA, server and client certificates, made with openssl per run.
import {
  makeTestCertificates,
  type TestCertificates,
} from '@devportal/test-support/test-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPresenting } from '../../src/index.js';

let certificates: TestCertificates;
let server: Server;
let url: string;

beforeAll(async () => {
  certificates = makeTestCertificates();
  // A token endpoint that, like the bank's port 9443, admits only clients with a certificate.
  server = createServer(
    {
      key: certificates.serverKey,
      cert: certificates.serverCert,
      ca: certificates.caCert,
      requestCert: true,
      rejectUnauthorized: true,
    },
    async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      const peer = (request.socket as TLSSocket).getPeerCertificate();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ client: peer.subject?.CN, body }));
    },
  );
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/ic/sso/api/v2/oauth/token`;
});
afterAll(() => server?.close());

describe('fetchPresenting', () => {
  it('presents the client certificate and forwards the request as it was made', async () => {
    // Prepare
    const fetch = fetchPresenting({
      cert: certificates.clientCert,
      key: certificates.clientKey,
      ca: certificates.caCert,
    });

    // Act
    const response = await fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=authorization_code&code=c1',
      }),
    );

    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      client: expect.any(String),
      body: 'grant_type=authorization_code&code=c1',
    });
  });

  it('is refused by the server without a client certificate', async () => {
    // Prepare
    const withoutCertificate = fetchPresenting({ ca: certificates.caCert });

    // Act
    const attempt = withoutCertificate(new Request(url, { method: 'POST', body: 'x' }));

    // Assess
    await expect(attempt).rejects.toThrow();
  });
});
