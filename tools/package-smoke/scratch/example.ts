// What a new user writes after `npm install` of the published packages: copied into a scratch
// project outside the workspace, type-checked there with `module: NodeNext` and run with node.
// The HTTP calls go to a loopback ScriptedServer; nothing leaves the machine.
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
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
} from '@devportal/portal-client';
import {
  ClientSecretHasher,
  can,
  checkWebhookDestination,
  DataKeyCache,
  isPublicAddress,
  isRole,
  type KeyEncryptionPort,
  PRODUCTION_WEBHOOK_DESTINATIONS,
  ROLE_MATRIX,
  type Role,
  rateCellOf,
  rolesAllowedTo,
  staticHostResolver,
  USAGE_MINUTE_CLOSES_AFTER_MS,
} from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoPlanMeter,
  DynamoUsageRollup,
  dynamoPortalRepositories,
  portalTableDefinition,
} from '@devportal/portal-domain/dynamodb';
import {
  bankServers,
  createSberClient,
  SberError,
  SberNotFoundError,
} from '@devportal/sber-client';
import {
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
    requestId: randomUUID(),
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
  assert.match(bankServers.test, /^https:\/\//);

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

// the role matrix, typed: a role outside the four does not compile
const observer: Role = 'Observer';
// @ts-expect-error 'Intern' is not one of the portal's roles
const intern: Role = 'Intern';
assert.equal(isRole(intern), false);
assert.equal(can(observer, 'organisation.view'), true);
assert.equal(can(observer, 'organisation.delete'), false);
assert.deepEqual(rolesAllowedTo('organisation.delete'), ['Owner']);
assert.ok(Object.keys(ROLE_MATRIX).length > 10);

// opened data keys reused: a thousand opens of one sealed value, one unwrap by the keeper
let unwraps = 0;
const keeper: KeyEncryptionPort = {
  generateDataKey: async () => ({
    plaintext: Buffer.alloc(32, 7),
    wrapped: { keyId: 'local', ciphertext: 'd3JhcHBlZA==' },
  }),
  unwrapDataKey: async () => {
    unwraps += 1;
    return Buffer.alloc(32, 7);
  },
};
const cache = new DataKeyCache(keeper);
const { wrapped } = await keeper.generateDataKey({ organisationId: 'org-1' });
for (let open = 0; open < 1_000; open++) {
  await cache.unwrapDataKey(wrapped, { organisationId: 'org-1' });
}
assert.equal(unwraps, 1);

// a plan's rate as the plan meter enforces it: 5 a second, one call every 200 ms
assert.deepEqual(rateCellOf(5), { intervalMs: 200, toleranceMs: 0 });

// the DynamoDB adapter, constructed only
const dynamoDb = new DynamoDBClient({
  region: 'eu-central-1',
  credentials: { accessKeyId: 'smoke', secretAccessKey: 'smoke' },
});
const repositories = dynamoPortalRepositories(dynamoDb, 'portal');
assert.equal(portalTableDefinition('portal').TableName, 'portal');
assert.equal(typeof repositories.members.get, 'function');
assert.equal(typeof new DynamoPlanMeter(new DocumentStore(dynamoDb, 'portal')).admit, 'function');
// the usage roll-up: its index is in the table's definition, and a roll-up with no time left
// reports itself incomplete without touching the table
assert.ok(
  portalTableDefinition('portal').GlobalSecondaryIndexes?.some(
    (index) => index.IndexName === 'GSI3' && index.Projection?.ProjectionType === 'KEYS_ONLY',
  ),
);
assert.equal(USAGE_MINUTE_CLOSES_AFTER_MS, 120_000);
assert.deepEqual(
  await new DynamoUsageRollup(new DocumentStore(dynamoDb, 'portal')).rollUp({
    now: new Date(),
    allowsStart: () => false,
  }),
  { minutesRolled: 0, alreadyRolled: 0, complete: false },
);
dynamoDb.destroy();

// issue 13's additions, as a partner's code would use them: a body capped while it streams, the
// keyed Client Secret hash, and webhook destinations checked by name and by resolved address
const endless = new Request('http://partner.example/', {
  method: 'POST',
  body: new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(1024)) }),
  duplex: 'half',
} as RequestInit);
assert.equal(await readBodyAtMost(endless, 8 * 1024), BODY_TOO_LARGE);
const hasher = ClientSecretHasher.keyedBy('k'.repeat(32));
const secret = hasher.newSecret();
const stored = await hasher.hash(secret);
assert.equal((await hasher.matches(secret, stored)).matched, true);
assert.equal((await hasher.matches(`${secret}x`, stored)).matched, false);
assert.equal(isPublicAddress('127.0.0.1'), false);
assert.equal(isPublicAddress('169.254.169.254'), false);
assert.equal(isPublicAddress('8.8.8.8'), true);
const inside = await checkWebhookDestination('https://hooks.partner.example/devportal', {
  ...PRODUCTION_WEBHOOK_DESTINATIONS,
  resolver: staticHostResolver({ 'hooks.partner.example': ['10.0.0.7'] }),
});
assert.equal(inside.ok, false);
const rebound = await checkWebhookDestination('https://127.0.0.1.nip.io/', {
  ...PRODUCTION_WEBHOOK_DESTINATIONS,
  resolver: staticHostResolver({ '127.0.0.1.nip.io': ['127.0.0.1'] }),
});
assert.equal(rebound.ok, false);

console.log(
  JSON.stringify({
    ok: true,
    sberClientVersion: sberManifest.version,
    digestLines: digest.split('\n').length,
    signatureBytes: Buffer.from(signature.base64Encoded, 'base64').length,
    actions: Object.keys(ROLE_MATRIX).length,
  }),
);
