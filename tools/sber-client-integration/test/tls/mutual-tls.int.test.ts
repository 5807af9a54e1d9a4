import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import {
  createSberClient,
  SberConfigurationError,
  SberConnectionError,
  type SberTlsOptions,
} from '@devportal/sber-client';
import {
  makeTestCertificates,
  type TestCertificates,
} from '@devportal/test-support/test-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
/** Of the shape SberBusiness ID issues (a UUID and `-1`); the server here never checks it. */
const accessToken = `${randomUUID()}-1`;
let certificates: TestCertificates;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  certificates = makeTestCertificates();
  // Like the bank's port 9443: no response at all without a client certificate of its CA.
  server = createServer(
    {
      key: certificates.serverKey,
      cert: certificates.serverCert,
      ca: certificates.caCert,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (request, response) => {
      const peer = (request.socket as TLSSocket).getPeerCertificate();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ corpCardId: cardId, embossedText: peer.subject?.CN }));
    },
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/fintech/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

async function callWith(tls: SberTlsOptions) {
  const client = createSberClient({
    environment: baseUrl,
    accessToken,
    tls,
    maxRetries: 0,
  });
  try {
    return await client.getCorporateCard(cardId);
  } finally {
    await client.close();
  }
}

describe('mutual TLS', () => {
  it('presents a PEM client certificate and key', async () => {
    // Act
    const card = await callWith({
      cert: certificates.clientCert,
      key: certificates.clientKey,
      ca: certificates.caCert,
    });

    // Assess
    expect(card).toEqual({ corpCardId: cardId, embossedText: 'client' });
  });

  it('presents a PKCS#12 bundle with its passphrase', async () => {
    // Act
    const card = await callWith({
      pfx: certificates.clientPfx,
      passphrase: certificates.pfxPassphrase,
      ca: certificates.caCert,
    });

    // Assess
    expect(card).toEqual({ corpCardId: cardId, embossedText: 'client' });
  });

  it('fails to connect without a client certificate, or with one of another CA', async () => {
    // Act
    const anonymous = await callWith({ ca: certificates.caCert }).catch((error: unknown) => error);
    const stranger = await callWith({
      cert: certificates.strangerCert,
      key: certificates.strangerKey,
      ca: certificates.caCert,
    }).catch((error: unknown) => error);

    // Assess
    expect(anonymous).toBeInstanceOf(SberConnectionError);
    expect(stranger).toBeInstanceOf(SberConnectionError);
  });

  it('does not trust a server outside the given CA', async () => {
    // Act
    const failure = await callWith({
      cert: certificates.clientCert,
      key: certificates.clientKey,
    }).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberConnectionError);
  });

  it('refuses settings that cannot work', () => {
    // Act
    const halfPem = () =>
      createSberClient({
        environment: baseUrl,
        accessToken,
        tls: { cert: certificates.clientCert } as unknown as SberTlsOptions,
      });
    const tlsAndFetch = () =>
      createSberClient({
        environment: baseUrl,
        accessToken,
        tls: { ca: certificates.caCert },
        fetch,
      });

    // Assess
    expect(halfPem).toThrow(SberConfigurationError);
    expect(tlsAndFetch).toThrow(SberConfigurationError);
  });
});
