/**
 * `pnpm demo`: a partner's whole journey against a running local stack (`pnpm start`), written
 * with nothing but the published packages, as a partner would write it.
 *
 * Options (flag, else environment, else default):
 *   --url          DEVPORTAL_URL          the stack's front door   (http://localhost:3000)
 * Exit code 0 when the limit change reached IMPLEMENTED, 1 otherwise.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  SoftwareGostSigner,
  type SoftwareGostSignerOptions,
  signLimitChange,
} from '@devportal/digest';
import {
  createPortalClient,
  type PortalClient,
  PortalRateLimitError,
} from '@devportal/portal-client';
import { type BusinessCardStatus, createSberClient, type SberClient } from '@devportal/sber-client';

const ALL_CARD_STATUSES: BusinessCardStatus[] = [
  'ACTIVE',
  'BLOCKED',
  'TO_BE_REISSUED',
  'TO_BE_BLOCKED',
  'NOT_DELIVERED',
];
const PRODUCT_ID = 'business-cards';
const SANDBOX_PLAN_ID = 'sandbox';
/** The sandbox implements a signed request in about 10 s; the demo waits up to this long. */
const IMPLEMENTED_WITHIN_MS = 90_000;
const SYNC_PAUSE_MS = 2_000;
/** How often a started sync run is read until it reports. */
const RUN_POLL_MS = 500;

const { values } = parseArgs({
  options: { url: { type: 'string' } },
});
const stackUrl = trimmed(values.url ?? process.env.DEVPORTAL_URL ?? 'http://localhost:3000');

let stepNumber = 0;
/** Runs one step of the journey, saying what it does and what came of it. */
async function step<T>(title: string, work: () => Promise<T>, outcome: (value: T) => string) {
  stepNumber += 1;
  process.stdout.write(`${String(stepNumber).padStart(2)}. ${title}… `);
  const value = await work();
  process.stdout.write(`${outcome(value)}\n`);
  return value;
}

async function main(): Promise<void> {
  console.log(`devportal demo against ${stackUrl}\n`);
  await ensureStackIsRunning();

  const email = `demo-${randomUUID().slice(0, 8)}@example.com`;
  const password = `demo-${randomUUID()}`;
  const idToken = await step(
    `register ${email} at the identity provider`,
    () => registerAndSignIn(email, password),
    () => 'signed in',
  );
  const portal = createPortalClient({ baseUrl: stackUrl, token: idToken });

  const organisation = await step(
    'read /v1/me',
    async () => {
      const me = await portal.me();
      const test = me.organizations.find((candidate) => candidate.test);
      if (!test) throw new Error('the new account has no test organisation');
      return test;
    },
    (test) => `test organisation "${test.name}" (${test.id})`,
  );
  const { application, clientSecret } = await step(
    'create an application',
    () => portal.applications.create(organisation.id, { name: 'Demo limits app' }),
    (created) => `Client ID ${created.application.clientId} (secret shown once, not printed)`,
  );
  await step(
    `subscribe it to the ${SANDBOX_PLAN_ID} plan of ${PRODUCT_ID}`,
    () =>
      portal.subscriptions.subscribe(organisation.id, application.id, PRODUCT_ID, {
        planId: SANDBOX_PLAN_ID,
      }),
    (subscription) => `plan ${subscription.planId}`,
  );
  const gatewayToken = await step(
    'get a gateway token (client credentials)',
    () => clientCredentialsToken(application.clientId, clientSecret),
    (token) => `expires in ${token.expiresIn} s`,
  );
  const bank = createSberClient({
    environment: `${stackUrl}/cards/fintech/api`,
    accessToken: gatewayToken.accessToken,
  });
  try {
    await bankJourney(portal, bank, organisation.id, gatewayToken.accessToken);
  } finally {
    await bank.close();
  }
}

async function bankJourney(
  portal: PortalClient,
  bank: SberClient,
  organisationId: string,
  gatewayToken: string,
) {
  const cards = await step(
    'list all business cards through the gateway (auto-pagination)',
    async () => {
      const all = [];
      for await (const card of bank.businessCards({ statusCodes: ALL_CARD_STATUSES })) {
        all.push(card);
      }
      return all;
    },
    (all) => `${all.length} cards, ${all.filter((c) => c.status === 'ACTIVE').length} active`,
  );
  const cardId = cards.find((card) => card.status === 'ACTIVE')?.businessCardId;
  if (!cardId) throw new Error('the sandbox organisation has no active card');

  const card = await step(
    `read card ${cardId} with its limits`,
    () => bank.getCorporateCard(cardId),
    (found) =>
      (found.limits ?? []).map((limit) => `${limit.code} ${limit.amount}`).join(', ') ||
      'no limits',
  );
  const current = card.limits?.find((limit) => limit.code === 'NON_RENEW')?.amount ?? 100_000;
  const change = {
    businessCardId: cardId,
    code: 'NON_RENEW',
    externalId: randomUUID(),
    limit: current + 5_000,
  };

  const signed = await step(
    `sign NON_RENEW → ${change.limit} with the sandbox contour's test key (from the gateway)`,
    async () =>
      signLimitChange(change, [new SoftwareGostSigner(await testCredentials(gatewayToken))]),
    (document) => `${document.digestSignatures.length} signature`,
  );
  await step(
    `create limit change ${change.externalId} through the gateway`,
    async () => {
      const result = await bank.createLimitChange(signed);
      if (result.outcome === 'signaturesRejected') {
        throw new Error(`the bank refused the signatures: ${result.fault.message}`);
      }
      return result.outcome === 'created' ? result.document.bankStatus : result.state.bankStatus;
    },
    (bankStatus) => `bank status ${bankStatus}`,
  );

  await step(
    'sync with the bank until IMPLEMENTED',
    () => syncUntilFinal(portal, organisationId, change.externalId),
    (history) => history,
  );

  await step(
    'read the analytics',
    () => portal.analytics.get(organisationId),
    ({ totals }) => {
      const { byStatusClass, latencyMs } = totals;
      return `${totals.calls} calls (${JSON.stringify(byStatusClass)}), latency ${JSON.stringify(latencyMs)} ms`;
    },
  );
}

/**
 * Asks the portal to sync now and waits for each run's report, again and again, until the
 * request's state is final; a sync refused for the cooldown is asked again when it says.
 */
async function syncUntilFinal(
  portal: PortalClient,
  organisationId: string,
  externalId: string,
): Promise<string> {
  const deadline = Date.now() + IMPLEMENTED_WITHIN_MS;
  for (;;) {
    const pauseMs = await syncOnce(portal, organisationId);
    const request = await portal.limitChanges.get(organisationId, externalId);
    const history = request.history.map((entry) => entry.state).join(' → ');
    if (request.final) {
      if (request.state !== 'IMPLEMENTED') throw new Error(`the bank refused it: ${history}`);
      return history;
    }
    if (Date.now() > deadline) {
      throw new Error(`still ${request.state} after ${IMPLEMENTED_WITHIN_MS / 1000} s`);
    }
    process.stdout.write(`${request.state}… `);
    await new Promise((wake) => setTimeout(wake, pauseMs));
  }
}

/**
 * One sync run, started and polled until it ends; how long to pause before the next: the
 * `Retry-After` of a refused start (a run is running or has just started), else a short pause.
 */
async function syncOnce(portal: PortalClient, organisationId: string): Promise<number> {
  try {
    const run = await portal.limitChanges.sync(organisationId);
    const done = await portal.limitChanges.waitForSyncRun(organisationId, run.runId, {
      pollIntervalMs: RUN_POLL_MS,
    });
    if (done.status === 'failed') process.stdout.write('(sync run failed) ');
    return SYNC_PAUSE_MS;
  } catch (error) {
    if (error instanceof PortalRateLimitError) return error.retryAfterMs ?? SYNC_PAUSE_MS;
    throw error;
  }
}

async function ensureStackIsRunning(): Promise<void> {
  const answer = await fetch(`${stackUrl}/idp/.well-known/openid-configuration`).catch(
    () => undefined,
  );
  if (!answer?.ok) {
    throw new Error(
      `The local stack is not running at ${stackUrl}: run \`pnpm start\` first (or pass --url / set DEVPORTAL_URL).`,
    );
  }
  await answer.body?.cancel();
}

async function registerAndSignIn(email: string, password: string): Promise<string> {
  const registered = await fetch(`${stackUrl}/idp/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, name: 'Demo Partner' }),
  });
  if (registered.status !== 201) {
    throw new Error(`registration answered ${registered.status}: ${await registered.text()}`);
  }
  const signIn = await fetch(`${stackUrl}/idp/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username: email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
  return ((await signIn.json()) as { id_token: string }).id_token;
}

async function clientCredentialsToken(
  clientId: string,
  clientSecret: string,
): Promise<{ accessToken: string; expiresIn: number }> {
  const answer = await fetch(`${stackUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const body = (await answer.json()) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
  };
  if (!answer.ok || !body.access_token) {
    throw new Error(`the token endpoint answered ${answer.status} ${body.error ?? ''}`);
  }
  return { accessToken: body.access_token, expiresIn: body.expires_in ?? 0 };
}

/** The sandbox contour's test signing key and certificate, as the gateway hands them out. */
async function testCredentials(gatewayToken: string): Promise<SoftwareGostSignerOptions> {
  const answer = await fetch(`${stackUrl}/cards/sandbox/test-signing-credentials`, {
    headers: { authorization: `Bearer ${gatewayToken}` },
  });
  if (!answer.ok) throw new Error(`the gateway gave no test signing credentials: ${answer.status}`);
  return (await answer.json()) as SoftwareGostSignerOptions;
}

function trimmed(url: string): string {
  return url.replace(/\/+$/, '');
}

try {
  await main();
  console.log('\nDone: the limit change is IMPLEMENTED.');
} catch (error) {
  console.log('failed');
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
