// A partner's CI job after `npm install @devportal/bank-sandbox @devportal/sber-client
// @devportal/digest`: the sandbox started with its command on a free port, then the whole journey
// against it through the published client: a token by the authorization code flow with PKCE,
// every card, a card's limits, a change signed with a seeded user's test key, created through an
// injected dropped answer, and followed to IMPLEMENTED. Nothing leaves the machine.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { TestSigningCredentials } from '@devportal/bank-sandbox';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import {
  createAuthorizationRequest,
  createSberClient,
  SberOAuthClient,
  sberOAuthEndpointsAt,
} from '@devportal/sber-client';

const sandboxProcess = spawn(
  process.execPath,
  ['node_modules/.bin/bank-sandbox', '--port', '0', '--transition-delays', '50', '--quiet'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const exited = once(sandboxProcess, 'exit');
let banner = '';
const sandboxUrl = await new Promise<string>((resolve, reject) => {
  sandboxProcess.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    banner += chunk;
    const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1];
    if (url) resolve(url);
  });
  sandboxProcess.once('exit', (code) => reject(new Error(`bank-sandbox exited ${code}`)));
});

try {
  // the authorization code flow with PKCE, headless: the sandbox consents at once as the user
  // named by login_hint and redirects; the code is read from the redirect's Location
  const clientId = 'devportal-sandbox';
  const redirectUri = 'http://127.0.0.1:3000/oauth/callback';
  assert.match(banner, new RegExp(`${clientId} / sandbox-secret`));
  const endpoints = sberOAuthEndpointsAt(sandboxUrl);
  const authorization = createAuthorizationRequest({
    authorizeUrl: endpoints.authorizeUrl,
    clientId,
    redirectUri,
    scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS'],
    loginHint: 'romashka.director',
  });
  const consent = await fetch(authorization.url, { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location') ?? '');
  assert.equal(callback.searchParams.get('state'), authorization.state);
  const tokens = await new SberOAuthClient({
    tokenUrl: endpoints.tokenUrl,
    clientId,
    clientSecret: 'sandbox-secret',
  }).exchangeCode({
    code: callback.searchParams.get('code') ?? '',
    redirectUri,
    codeVerifier: authorization.codeVerifier,
  });

  const bank = createSberClient({
    environment: `${sandboxUrl}/fintech/api`,
    accessToken: tokens.accessToken,
  });
  const activeCards: string[] = [];
  for await (const card of bank.businessCards({ statusCodes: ['ACTIVE'] })) {
    if (card.businessCardId) activeCards.push(card.businessCardId);
  }
  const [cardId] = activeCards;
  assert.ok(cardId);
  const card = await bank.getCorporateCard(cardId);
  assert.ok(card.limits?.some((limit) => limit.code === 'NON_RENEW'));

  // a seeded user's test key and certificate, as the sandbox hands them out
  const credentials = (await (
    await fetch(`${sandboxUrl}/sandbox/users/romashka.director/test-credentials`)
  ).json()) as TestSigningCredentials;
  const signed = await signLimitChange(
    { businessCardId: cardId, code: 'NON_RENEW', externalId: randomUUID(), limit: 150000 },
    [new SoftwareGostSigner(credentials)],
  );

  // the bank creates the document and the answer is lost: the client's retry finds it
  const faults = await fetch(`${sandboxUrl}/sandbox/faults`, {
    method: 'PUT',
    body: JSON.stringify({
      createLimitChange: { failNext: { count: 1, status: 'drop', phase: 'after' } },
    }),
  });
  assert.equal(faults.status, 200);
  const created = await bank.createLimitChange(signed);
  assert.equal(created.outcome, 'alreadyCreated');

  let bankStatus = '';
  for (let attempt = 0; attempt < 200 && bankStatus !== 'IMPLEMENTED'; attempt++) {
    bankStatus = (await bank.getLimitChangeState(signed.externalId)).bankStatus ?? '';
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(bankStatus, 'IMPLEMENTED');
  const limits = (await bank.getCorporateCard(cardId)).limits ?? [];
  assert.equal(limits.find((limit) => limit.code === 'NON_RENEW')?.amount, 150000);

  sandboxProcess.kill('SIGTERM');
  const [exitCode] = await exited;
  console.log(
    JSON.stringify({
      ok: true,
      activeCards: activeCards.length,
      created: created.outcome,
      bankStatus,
      sandboxExitCode: exitCode,
    }),
  );
} finally {
  if (sandboxProcess.exitCode === null) sandboxProcess.kill('SIGKILL');
}
