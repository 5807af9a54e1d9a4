// What a new user writes after `npm install` of the published packages: copied into a scratch
// project outside the workspace, type-checked there with `module: NodeNext` and run with node.
// The HTTP calls go to a loopback ScriptedServer; nothing leaves the machine.
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import {
  type BusinessCardLimitChange,
  generateGostCredentials,
  limitChangeDigest,
  SoftwareGostSigner,
  signLimitChange,
  verifyDigestSignature,
} from '@devportal/digest';
import {
  BODY_TOO_LARGE,
  createHttpTransport,
  fixedToken,
  isIdempotentMethod,
  isTransientFailure,
  readBodyAtMost,
} from '@devportal/http-transport';
import { ScriptedServer } from '@devportal/http-transport/testing';
import {
  createPortalClient,
  PortalError,
  PortalNotFoundError,
  PortalRateLimitError,
  portalOperations,
  type WebhookEvent,
  WebhookVerificationError,
  webhooks,
} from '@devportal/portal-client';
import { generateTestHeaders } from '@devportal/portal-client/webhooks';
import {
  type BankDocumentStatus,
  bankServers,
  createGatewayTokenProvider,
  createSberClient,
  isFinalBankStatus,
  isSuccessfulBankStatus,
  SberError,
  SberNotFoundError,
  SberOAuthError,
  SberRateLimitError,
  type TokenProvider,
} from '@devportal/sber-client';
import {
  bankDocumentStatusRefusedValues,
  businessCardStatusValues,
  documentUuidPattern,
  type LimitChangeRequest,
  limitCodePattern,
} from '@devportal/sber-client/contract';
import sberManifest from '@devportal/sber-client/package.json' with { type: 'json' };

const server = await ScriptedServer.start();
try {
  // the transport on its own: a 503 with Retry-After, then the answer
  const transport = createHttpTransport({
    tokens: fixedToken('transport-token'),
    retryPolicy: (attempt) => isIdempotentMethod(attempt.method) && isTransientFailure(attempt),
    errors: {
      connection: (summary) => new Error(summary),
      timeout: (timeoutMs) => new Error(`timed out after ${timeoutMs} ms`),
      aborted: () => new Error('aborted'),
      configuration: (message) => new Error(message),
    },
  });
  server.replies(
    { status: 503, headers: { 'retry-after': '0' } },
    { status: 200, body: { ok: 1 } },
  );
  const response = await transport.send(new Request(`${server.origin}/ping`), {
    callId: randomUUID(),
    operationId: 'ping',
    maxRetries: 2,
    timeoutMs: 5_000,
  });
  assert.deepEqual(await response.json(), { ok: 1 });
  assert.equal(server.requests.length, 2);
  assert.equal(server.requests[0]?.headers.authorization, 'Bearer transport-token');
  await transport.close();

  // the bank's client: a 404 of the bank becomes its error class
  const sber = createSberClient({ environment: server.origin, accessToken: 'bank-token' });
  server.replies({ status: 404, body: { cause: 'NOT_FOUND', message: 'no such card' } });
  const bankError = await sber.getCorporateCard(randomUUID()).catch((error: unknown) => error);
  assert.ok(bankError instanceof SberNotFoundError && bankError instanceof SberError);
  assert.equal(bankError.status, 404);
  assert.equal(bankError.code, 'NOT_FOUND');
  assert.match(bankServers.test, /^https:\/\//);

  // the bank's client through the cards gateway: a client-credentials token asked for once, a
  // limit change followed to its final status, every card status listed by default
  const tokenProvider: TokenProvider = createGatewayTokenProvider({
    tokenUrl: `${server.origin}/oauth/token`,
    clientId: 'smoke-app',
    clientSecret: 'smoke-secret',
  });
  const viaGateway = createSberClient({ environment: server.origin, tokenProvider });
  server.script((request, index) => {
    if (request.url === '/oauth/token') {
      return { status: 200, body: { access_token: 'gw-1', token_type: 'Bearer', expires_in: 900 } };
    }
    return { status: 200, body: { bankStatus: index < 2 ? 'ACCEPTED' : 'IMPLEMENTED' } };
  });
  const finalState = await viaGateway.waitForLimitChange(randomUUID(), { intervalMs: 10 });
  const status: BankDocumentStatus | undefined = finalState.bankStatus;
  assert.ok(isFinalBankStatus(status) && isSuccessfulBankStatus(status));
  assert.equal(isFinalBankStatus(bankDocumentStatusRefusedValues[0]), true);
  assert.equal(isFinalBankStatus('A_STATUS_ADDED_LATER'), false);
  assert.deepEqual(
    server.requests.map((request) => request.headers.authorization),
    ['Basic c21va2UtYXBwOnNtb2tlLXNlY3JldA==', 'Bearer gw-1', 'Bearer gw-1'],
  );
  server.replies({ status: 200, body: { businessCards: [], _links: [] } });
  await viaGateway.getBusinessCardPage();
  assert.equal(
    new URL(server.requests[0]?.url ?? '', server.origin).searchParams.get('statusCodes'),
    businessCardStatusValues.join(','),
  );
  server.replies({ status: 401, body: { error: 'invalid_client' } });
  const refused = await createSberClient({
    environment: server.origin,
    tokenProvider: createGatewayTokenProvider({
      tokenUrl: `${server.origin}/oauth/token`,
      clientId: 'smoke-app',
      clientSecret: 'wrong',
    }),
  })
    .getCryptoInfo()
    .catch((error: unknown) => error);
  assert.ok(refused instanceof SberOAuthError && refused.error === 'invalid_client');
  // the gateway's 429 of a spent plan: its wait, RateLimit headers and request id
  server.replies({
    status: 429,
    headers: { 'retry-after': '30', 'ratelimit-remaining': '0', 'x-request-id': 'gw-1' },
    body: { cause: 'UNAVAILABLE_RESOURCE_EXCEPTION', message: 'plan spent' },
  });
  const limited = await sber.getCryptoInfo({ maxRetries: 0 }).catch((error: unknown) => error);
  assert.ok(limited instanceof SberRateLimitError);
  assert.deepEqual(
    [limited.retryAfterMs, limited.remaining, limited.requestId],
    [30_000, 0, 'gw-1'],
  );

  // the data with its response
  server.replies({
    status: 200,
    headers: { 'x-request-id': 'gw-2' },
    body: { certificateInfos: [] },
  });
  const { data: cryptoInfo, response: answered } = await sber.getCryptoInfo().withResponse();
  assert.deepEqual(
    [cryptoInfo.certificateInfos, answered.status, answered.requestId],
    [[], 200, 'gw-2'],
  );

  // the portal's client: a problem-details 404
  const portal = createPortalClient({ baseUrl: server.origin, token: 'portal-token' });
  server.replies({
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: 'about:blank', title: 'Not found', status: 404, code: 'organisation_not_found' },
  });
  const portalError = await portal.organizations.get('org-1').catch((error: unknown) => error);
  assert.ok(portalError instanceof PortalNotFoundError && portalError instanceof PortalError);
  assert.equal(portalError.code, 'organisation_not_found');
  assert.equal(portalOperations.getMe.path, '/v1/me');

  // the on-demand status sync: started at once, read until it reports; a second start waits
  const running = {
    runId: 'run-1',
    status: 'running',
    requestedBy: 'user-1',
    startedAt: '2026-12-06T10:00:00Z',
    deadlineAt: '2026-12-06T10:05:00Z',
  };
  const report = {
    checked: 2,
    changed: 1,
    failed: 0,
    stillPending: 1,
    waitingForSignature: 0,
    durationMs: 40,
  };
  server.replies(
    {
      status: 202,
      headers: { location: '/v1/organizations/org-1/limit-changes/sync-runs/run-1' },
      body: running,
    },
    { status: 200, body: running },
    {
      status: 200,
      body: { ...running, status: 'completed', finishedAt: '2026-12-06T10:00:01Z', report },
    },
  );
  const started = await portal.limitChanges.sync('org-1');
  assert.equal(started.status, 'running');
  const done = await portal.limitChanges.waitForSyncRun('org-1', started.runId, {
    pollIntervalMs: 10,
  });
  assert.deepEqual(done.report, report);
  server.replies({
    status: 429,
    headers: { 'content-type': 'application/problem+json', 'retry-after': '25' },
    body: { type: 'about:blank', title: 'Too many requests', status: 429, code: 'sync_run_busy' },
  });
  const busy = await portal.limitChanges
    .sync('org-1', { maxRetries: 0 })
    .catch((error: unknown) => error);
  assert.ok(busy instanceof PortalRateLimitError);
  assert.equal(busy.retryAfterMs, 25_000);
} finally {
  await server.close();
}

// the digest of a limit change, signed and verified on the package's worker threads
const change: BusinessCardLimitChange = {
  businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
  limit: 2650000,
};
const digest = limitChangeDigest(change);
assert.equal(
  digest,
  'businessCardId=ccf62938-cbda-4785-a008-12bd300bef80\ncode=NON_RENEW\n' +
    'externalId=31663ef5-7975-4016-b0f3-f1d70a4e9c22\nlimit=2650000.00',
);
const credentials = await generateGostCredentials({ commonName: 'Smoke test signer' });
const signed = await signLimitChange(change, [new SoftwareGostSigner(credentials)]);
const [signature] = signed.digestSignatures;
assert.ok(signature);
const check = await verifyDigestSignature({ text: digest, base64Encoded: signature.base64Encoded });
assert.equal(check.valid, true);

// the bank's contract without the client: its enums and patterns, and a request the client sends
// is one the digest signs
assert.equal(businessCardStatusValues[0], 'ACTIVE');
assert.equal(documentUuidPattern.test(change.businessCardId), true);
assert.equal(limitCodePattern.test('CODE WITH #'), false);
const clientRequest: LimitChangeRequest = await signLimitChange(
  { businessCardId: change.businessCardId, code: 'NON_RENEW', externalId: randomUUID(), limit: 1 },
  [new SoftwareGostSigner(credentials)],
);
assert.equal(clientRequest.digestSignatures?.length, 1);

// a body capped while it streams, as a partner's server would read a webhook delivery
const endless = new Request('http://partner.example/', {
  method: 'POST',
  body: new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(1024)) }),
  duplex: 'half',
} as RequestInit);
assert.equal(await readBodyAtMost(endless, 8 * 1024), BODY_TOO_LARGE);

// a webhook delivery checked as a partner's receiver does: Standard Webhooks headers, raw body
const delivery = await ScriptedServer.start();
try {
  const webhookSecret = 'whsec_c21va2Utc2VjcmV0LXRoaXJ0eS10d28tYnl0ZXMh';
  const event = JSON.stringify({
    id: 'evt-1',
    type: 'quota.warning',
    occurredAt: new Date().toISOString(),
    organisationId: 'org-1',
    applicationId: 'app-1',
    data: {
      productId: 'business-card-limits',
      period: 'day',
      window: 'D2027-01-15',
      limit: 1000,
      used: 800,
      thresholdPercent: 80,
    },
  });
  delivery.replies({ status: 204 });
  await fetch(`${delivery.origin}/hooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await generateTestHeaders(event, webhookSecret, { id: 'evt-1' })),
    },
    body: event,
  });
  const [received] = delivery.requests;
  assert.ok(received);
  const verified: WebhookEvent = await webhooks.constructEvent(
    received.body,
    received.headers,
    webhookSecret,
  );
  assert.equal(verified.type === 'quota.warning' && verified.data.thresholdPercent, 80);
  await assert.rejects(
    webhooks.constructEvent(received.body, received.headers, 'whsec_b3RoZXItc2VjcmV0'),
    (error) =>
      error instanceof WebhookVerificationError && error.reason === 'no_matching_signature',
  );
  // replayed ten minutes later: outside the five minutes a receiver accepts
  const replayed = await generateTestHeaders(event, webhookSecret, {
    timestamp: Math.floor(Date.now() / 1000) - 600,
  });
  await assert.rejects(
    webhooks.constructEvent(event, replayed, webhookSecret),
    (error) => error instanceof WebhookVerificationError && error.reason === 'timestamp_too_old',
  );
} finally {
  await delivery.close();
}

console.log(
  JSON.stringify({
    ok: true,
    sberClientVersion: sberManifest.version,
    digestLines: digest.split('\n').length,
    signatureBytes: Buffer.from(signature.base64Encoded, 'base64').length,
  }),
);
