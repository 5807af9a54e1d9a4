import { randomUUID } from 'node:crypto';
import { request } from 'node:https';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
// The client's throwaway certificates (made with openssl), as the gateway's mTLS test uses them.
import {
  makeTestCertificates,
  type TestCertificates,
} from '../../../../packages/sber-client/test/support/test-certificates.js';
import type { DirectorTokens, LifecycleWorldOptions } from '../../src/index.js';

const REDIRECT_URI = 'http://127.0.0.1:3000/oauth/callback';
const SCOPES = 'openid BUSINESS_CARD_LIMIT CORPORATE_CARDS GET_CRYPTO_INFO';

/** A production bank: a sandbox that requires the client certificate, and that certificate. */
export interface ProductionBank {
  readonly bank: BankSandbox;
  readonly certificates: TestCertificates;
  /** The world's `production` option for this bank. */
  readonly option: NonNullable<LifecycleWorldOptions['production']>;
}

export async function startProductionBank(): Promise<ProductionBank> {
  const certificates = makeTestCertificates();
  const bank = await startBankSandbox({
    port: 0,
    tls: {
      key: certificates.serverKey,
      cert: certificates.serverCert,
      ca: certificates.caCert,
      requestCert: true,
    },
  });
  return {
    bank,
    certificates,
    option: {
      bank,
      clientCertificate: {
        certificate: certificates.clientCert,
        privateKey: certificates.clientKey,
        ca: certificates.caCert,
      },
    },
  };
}

/** The director's consent through SberBusiness ID: an authorisation code, then the token pair. */
export async function directorTokens({
  bank,
  certificates,
}: ProductionBank): Promise<DirectorTokens> {
  const call = (method: string, path: string, body?: string) =>
    new Promise<{ status: number; location: string | undefined; text: string }>(
      (resolve, reject) => {
        const outgoing = request(
          `${bank.url}${path}`,
          {
            method,
            cert: certificates.clientCert,
            key: certificates.clientKey,
            ca: certificates.caCert,
            headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              text += chunk;
            });
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                location: response.headers.location,
                text,
              }),
            );
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      },
    );
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: 'devportal-sandbox',
    redirect_uri: REDIRECT_URI,
    scope: SCOPES,
    state: randomUUID(),
    login_hint: 'romashka.director',
  });
  const consent = await call('GET', `/ic/sso/api/v2/oauth/authorize?${query}`);
  const code = consent.location && new URL(consent.location).searchParams.get('code');
  if (!code) throw new Error(`no code: ${consent.status}`);
  const exchanged = await call(
    'POST',
    '/ic/sso/api/v2/oauth/token',
    new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: 'devportal-sandbox',
      client_secret: 'sandbox-secret',
    }).toString(),
  );
  if (exchanged.status !== 200) throw new Error(`no tokens: ${exchanged.status}`);
  const tokens = JSON.parse(exchanged.text) as { access_token: string; refresh_token: string };
  return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
}
