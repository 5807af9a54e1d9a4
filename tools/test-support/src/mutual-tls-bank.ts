import { randomUUID } from 'node:crypto';
import { request } from 'node:https';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { makeTestCertificates, type TestCertificates } from './test-certificates.js';

/** The bank sandbox's OAuth client, as the sandbox registers it. */
const CLIENT_ID = 'devportal-sandbox';
const CLIENT_SECRET = 'sandbox-secret';
const REDIRECT_URI = 'http://127.0.0.1:3000/oauth/callback';
const SCOPES = 'openid BUSINESS_CARD_LIMIT CORPORATE_CARDS GET_CRYPTO_INFO';

/** A bank sandbox that requires a client certificate (like the bank's port 9443), and the certificates. */
export interface MutualTlsBank {
  readonly bank: BankSandbox;
  /** Its server side, and the client certificate it accepts. */
  readonly certificates: TestCertificates;
}

/** The director's token pair at the bank, as SberBusiness ID issues it. */
export interface DirectorTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

/**
 * Starts a sandbox on a loopback port behind mutual TLS, with throwaway certificates: it answers
 * only a client presenting `certificates.clientCert`.
 *
 * @example
 * const { bank, certificates } = await startMutualTlsBank();
 */
export async function startMutualTlsBank(): Promise<MutualTlsBank> {
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
  return { bank, certificates };
}

/** The director's consent through SberBusiness ID: an authorisation code, then the token pair. */
export async function directorTokens(mutualTlsBank: MutualTlsBank): Promise<DirectorTokens> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: SCOPES,
    state: randomUUID(),
    login_hint: 'romashka.director',
  });
  const consent = await bankCall(mutualTlsBank, 'GET', `/ic/sso/api/v2/oauth/authorize?${query}`);
  const code = consent.location && new URL(consent.location).searchParams.get('code');
  if (!code) throw new Error(`no code: ${consent.status}`);
  const exchanged = await bankCall(
    mutualTlsBank,
    'POST',
    '/ic/sso/api/v2/oauth/token',
    new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    }).toString(),
  );
  if (exchanged.status !== 200) throw new Error(`no tokens: ${exchanged.status}`);
  const tokens = JSON.parse(exchanged.text) as { access_token: string; refresh_token: string };
  return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
}

/** A call to the bank with the client certificate (`body`, when given, a form). */
function bankCall(
  { bank, certificates }: MutualTlsBank,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; location: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
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
          resolve({ status: response.statusCode ?? 0, location: response.headers.location, text }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
