import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MutualTlsBank, startMutualTlsBank } from '../src/mutual-tls-bank.js';

let mutualTlsBank: MutualTlsBank;

beforeAll(async () => {
  mutualTlsBank = await startMutualTlsBank();
});
afterAll(() => mutualTlsBank.bank.close());

function get(path: string, token: string, client?: { key: string; cert: string }) {
  const { bank, certificates } = mutualTlsBank;
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request(
      `${bank.url}${path}`,
      { ca: certificates.caCert, ...client, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the bank sandbox behind mutual TLS', () => {
  it('serves https and says so in its URL', () => {
    expect(mutualTlsBank.bank.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a client that presents a certificate of the CA', async () => {
    const { bank, certificates } = mutualTlsBank;
    const response = await get('/fintech/api/v1/crypto', bank.issueAccessToken(), {
      key: certificates.clientKey,
      cert: certificates.clientCert,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ certificateInfos: expect.any(Array) });
  });

  it('refuses the handshake without a client certificate', async () => {
    await expect(
      get('/fintech/api/v1/crypto', mutualTlsBank.bank.issueAccessToken()),
    ).rejects.toThrow();
  });

  it('refuses a client certificate from another CA', async () => {
    const { bank, certificates } = mutualTlsBank;
    await expect(
      get('/fintech/api/v1/crypto', bank.issueAccessToken(), {
        key: certificates.strangerKey,
        cert: certificates.strangerCert,
      }),
    ).rejects.toThrow();
  });
});
