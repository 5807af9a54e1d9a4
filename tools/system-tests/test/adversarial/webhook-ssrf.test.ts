import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLedger } from '../support/run-ledger.js';
import {
  type Organisation,
  organisationWithEveryRole,
  portal,
  portalOk,
} from '../support/stack-session.js';
import { REBINDING_SUFFIX } from '../support/webhook-ssrf-resolver.js';
import {
  type AllowedReceiver,
  allowedReceiver,
  firstDeliveryAttempts,
  type LoopbackWitness,
  loopbackWitness,
  queueQuotaWarning,
} from '../support/webhook-ssrf-witness.js';

/**
 * Webhooks aimed at the platform's own network (issue 13, item 4) and webhook URLs shown to
 * members who may not manage them (item 11). The stack resolves names through the suite's fixed
 * table (support/webhook-ssrf-resolver.ts): no query and no delivery leaves the machine.
 */

/** Each resolves, on the internet or in the suite's table, to an address inside a network. */
const HOSTILE_URLS = [
  'https://127.0.0.1.nip.io/',
  'https://localtest.me/',
  'https://metadata.google.internal/computeMetadata/v1/',
  'https://localhost./',
  'https://hooks.localhost/',
  'https://hooks.localhost./',
  'https://metadata.partner.test/latest/meta-data/',
  'https://ec2-metadata.partner.test/latest/meta-data/',
  'https://private.partner.test/',
  'https://intranet.partner.test/',
  'https://router.partner.test/',
  'https://cgnat.partner.test/',
  'https://unspecified.partner.test/',
  'https://mapped.partner.test/',
  'https://link-local.partner.test/',
  'https://multicast.partner.test/',
  'https://one-bad-of-two.partner.test/',
  'https://2130706433/',
  'https://0x7f.1/',
  'https://[::ffff:7f00:1]/',
  // The stack's only loopback allowance is its test receiver's port: other ports stay refused.
  'http://127.0.0.1:6379/',
  'http://localhost:8080/',
];

/** The words a delivery log may hold: the spec's public reasons. */
const PUBLIC_REASONS = [
  'refused_address',
  'host_not_found',
  'timeout',
  'connection_failed',
  'tls_error',
  'unexpected_status',
];

let organisation: Organisation;
let applicationPath: string;

beforeAll(async () => {
  organisation = await organisationWithEveryRole('webhook-ssrf');
  const created = await portalOk(
    organisation.members.Owner,
    'POST',
    `/v1/organizations/${organisation.id}/applications`,
    { body: { name: 'Webhook SSRF' } },
  );
  runLedger.witness('Client Secret', created.clientSecret);
  applicationPath = `/v1/organizations/${organisation.id}/applications/${created.application.id}`;
});

async function register(url: string) {
  const answer = await portal(
    organisation.members.Developer,
    'POST',
    `${applicationPath}/webhooks`,
    {
      body: { url },
    },
  );
  runLedger.witness('webhook signing secret', answer.body?.secret);
  return answer;
}

async function deleteEveryWebhook(): Promise<void> {
  const owner = organisation.members.Owner;
  const { items } = await portalOk(owner, 'GET', `${applicationPath}/webhooks`);
  for (const webhook of items) {
    await portalOk(owner, 'DELETE', `${applicationPath}/webhooks/${webhook.id}`);
  }
}

describe('webhook registration refuses destinations inside a network', () => {
  it('answers 400 invalid_webhook_url naming the rule for every hostile URL, and stores none', async () => {
    const answers = [];
    for (const url of HOSTILE_URLS) {
      answers.push({ url, answer: await register(url) });
      // An accepted one is deleted at once: an application holds five webhooks at most.
      await deleteEveryWebhook();
    }

    const accepted = answers.filter(({ answer }) => answer.status < 300).map(({ url }) => url);
    console.info(`hostile webhook URLs accepted: ${accepted.length} of ${HOSTILE_URLS.length}`);
    expect(accepted).toEqual([]);
    for (const { url, answer } of answers) {
      expect(answer.status, url).toBe(400);
      expect(answer.headers.get('content-type'), url).toMatch(/^application\/problem\+json/);
      expect(answer.body, url).toMatchObject({ code: 'invalid_webhook_url' });
      expect(answer.body.detail, url).toMatch(/\w/);
      expect(answer.text, url).not.toMatch(/127\.0\.0\.1|169\.254|ENOTFOUND|EAI_/);
    }
  });
});

describe('webhook delivery connects only to the address it checked', () => {
  let witness: LoopbackWitness;
  let receiver: AllowedReceiver;

  beforeAll(async () => {
    witness = await loopbackWitness();
    receiver = allowedReceiver();
  });

  afterAll(async () => {
    await witness.close();
    await deleteEveryWebhook();
  });

  it('refuses a name that rebinds to loopback after registration; the log says only why', async () => {
    const rebinding = `https://${randomUUID().slice(0, 8)}${REBINDING_SUFFIX}:${witness.port}/hooks`;
    const unknown = `https://${randomUUID().slice(0, 8)}.nowhere.partner.test/hooks`;
    const webhooks: Record<string, string> = {};
    for (const [name, url] of Object.entries({ rebinding, unknown, allowed: receiver.url })) {
      const answer = await register(url);
      expect(answer.status, `${name}: ${answer.text}`).toBe(201);
      webhooks[name] = `${applicationPath}/webhooks/${answer.body.webhook.id}`;
    }

    const [, applicationId] = applicationPath.split('/applications/');
    expect(await queueQuotaWarning(organisation.id, applicationId ?? '')).toBe(3);
    const observer = organisation.members.Observer;
    const logs = {
      allowed: await firstDeliveryAttempts(observer, webhooks.allowed ?? ''),
      rebinding: await firstDeliveryAttempts(observer, webhooks.rebinding ?? ''),
      unknown: await firstDeliveryAttempts(observer, webhooks.unknown ?? ''),
    };

    console.info(
      `rebinding: ${witness.connections()} connection(s) to the loopback witness; log ${JSON.stringify(logs.rebinding)}`,
    );
    expect(await receiver.received()).toEqual(['quota.warning']);
    expect(logs.allowed[0]).toMatchObject({ outcome: 'delivered', httpStatus: 204 });
    expect(witness.connections()).toBe(0);
    expect(logs.rebinding).toHaveLength(1);
    expect(logs.rebinding[0]).toMatchObject({ outcome: 'failed', error: 'refused_address' });
    expect(logs.rebinding[0]).not.toHaveProperty('httpStatus');
    expect(logs.unknown[0]).toMatchObject({ outcome: 'failed', error: 'host_not_found' });
    for (const attempt of [...logs.rebinding, ...logs.unknown]) {
      expect(PUBLIC_REASONS).toContain(attempt.error);
    }
  }, 120_000);
});

describe('webhook URLs as members read them', () => {
  afterAll(deleteEveryWebhook);

  it('shows the full URL to those who manage webhooks and the origin only to an Observer', async () => {
    const url = `https://hooks.partner.test/devportal/${randomUUID()}?token=${randomUUID()}`;
    expect((await register(url)).status).toBe(201);

    const seen: Record<string, string> = {};
    for (const [role, person] of Object.entries(organisation.members)) {
      const { items } = await portalOk(person, 'GET', `${applicationPath}/webhooks`);
      seen[role] = items[0].url;
    }

    console.info(`webhook URL as each role reads it: ${JSON.stringify(seen)}`);
    expect(seen).toEqual({
      Owner: url,
      Administrator: url,
      Developer: url,
      Observer: 'https://hooks.partner.test',
    });
  });
});
