import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSandbox, startBankSandbox } from '../src/index.js';
import { bankContract } from './support/contract-fetch.js';
import { makeTestPki, type TestPki } from './support/test-certificates.js';

let pki: TestPki;
let sandbox: BankSandbox;

beforeAll(async () => {
  pki = makeTestPki();
  sandbox = await startBankSandbox({
    port: 0,
    tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true },
  });
});
afterAll(() => sandbox.close());

function get(path: string, token: string, client?: { key: string; cert: string }) {
  return new Promise<{ status: number; body: unknown; contentType: string | undefined }>(
    (resolve, reject) => {
      const req = request(
        `${sandbox.url}${path}`,
        { ca: pki.ca, ...client, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(text),
              contentType: res.headers['content-type'],
            }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('https with client certificates (mutual TLS)', () => {
  it('serves https and says so in its URL', () => {
    expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a client that presents a certificate of the CA', async () => {
    const response = await get('/fintech/api/v1/crypto', sandbox.issueAccessToken(), {
      key: pki.clientKey,
      cert: pki.clientCert,
    });
    expect(response.status).toBe(200);
    expect(
      bankContract.validateResponse(
        'getCryptoInfo',
        response.status,
        response.body,
        response.contentType,
      ),
    ).toEqual([]);
  });

  it('refuses the handshake without a client certificate', async () => {
    await expect(get('/fintech/api/v1/crypto', sandbox.issueAccessToken())).rejects.toThrow();
  });
});
