import type { BankSandbox } from '@devportal/bank-sandbox';
import { createSberClient, SberConnectionError, type SberTlsOptions } from '@devportal/sber-client';
import { startMutualTlsBank } from '@devportal/test-support/mutual-tls-bank';
import type { TestCertificates } from '@devportal/test-support/test-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let certificates: TestCertificates;
let sandbox: BankSandbox;
beforeAll(async () => {
  ({ bank: sandbox, certificates } = await startMutualTlsBank());
});
afterAll(() => sandbox.close());

async function listFirstPage(tls: SberTlsOptions) {
  const client = createSberClient({
    environment: sandbox.apiBaseUrl,
    accessToken: sandbox.issueAccessToken(),
    tls,
    maxRetries: 0,
  });
  try {
    return await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
  } finally {
    await client.close();
  }
}

describe('mutual TLS against the sandbox contour', () => {
  it('lists cards with the client certificate', async () => {
    // Act
    const page = await listFirstPage({
      cert: certificates.clientCert,
      key: certificates.clientKey,
      ca: certificates.caCert,
    });

    // Assess
    expect(page.cards).toHaveLength(50);
    expect(page.hasNextPage()).toBe(true);
  });

  it('cannot connect without it', async () => {
    // Act
    const failure = await listFirstPage({ ca: certificates.caCert }).catch(
      (error: unknown) => error,
    );

    // Assess
    expect(failure).toBeInstanceOf(SberConnectionError);
  });
});
