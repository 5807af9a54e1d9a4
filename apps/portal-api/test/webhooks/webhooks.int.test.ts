import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhooks } from '@devportal/portal-client';
import {
  nodeCrypto,
  quotaWarningEvent,
  systemClock,
  TokenVault,
  WebhookDispatcher,
  WebhookPublisher,
  type WebhookTransport,
} from '@devportal/portal-domain';
import { DynamoWebhookRepository } from '@devportal/portal-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import { PARTNER_TEST_DESTINATIONS } from '../support/partner-test-destinations.js';
import {
  type PortalApiWorld,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';

/** The local stack's setting: receivers on this machine speak plain http, on any port. */
const localStack = { ...PARTNER_TEST_DESTINATIONS, allowLoopbackHttp: true, allowAnyPort: true };
const world: PortalApiWorld = usePortalApi('portal-api-webhooks', {
  webhookDestinations: localStack,
});
/** The rules of AWS (names resolved by the test table). */
const strict: PortalApiWorld = usePortalApi('portal-api-webhooks-strict');

/** A receiver on a loopback port answering every POST with `status`, remembering what came. */
interface Receiver {
  readonly url: string;
  readonly received: { headers: IncomingMessage['headers']; body: string }[];
  status: number;
}

let receiver: Receiver;
let server: Server;
let organisation: TestOrganisation;
let applicationId: string;

beforeAll(async () => {
  const received: Receiver['received'] = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver = { url: `http://127.0.0.1:${port}/devportal-events`, received, status: 200 };
  organisation = await world.organisation();
  applicationId = await newApplication(world, organisation);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function newApplication(on: PortalApiWorld, of: TestOrganisation): Promise<string> {
  const { body } = await on.call(of.members.Developer, 'POST', orgPath(of.id, '/applications'), {
    body: { name: 'Fleet' },
  });
  return body.application.id;
}

function webhooksPath(appId = applicationId, suffix = ''): string {
  return orgPath(organisation.id, `/applications/${appId}/webhooks${suffix}`);
}

/** The gateway's part: a quota warning of the application, queued for its webhooks. */
async function publishQuotaWarning(thresholdPercent: 80 | 100): Promise<void> {
  const webhooks = new DynamoWebhookRepository(world.store);
  const event = quotaWarningEvent(
    {
      organisationId: organisation.id,
      applicationId,
      productId: 'business-cards',
      period: 'day',
      thresholdPercent,
      used: thresholdPercent,
      limit: 100,
      at: new Date(),
    },
    nodeCrypto,
  );
  await new WebhookPublisher({ webhooks, clock: systemClock }).publish(event);
}

/** The status sync's part: one attempt of every due delivery, over loopback HTTP. */
async function dispatchDue(): Promise<void> {
  const transport: WebhookTransport = {
    async post({ url, headers, body }) {
      const response = await fetch(url, { method: 'POST', headers, body });
      return { status: response.status };
    },
  };
  const dispatcher = new WebhookDispatcher({
    webhooks: new DynamoWebhookRepository(world.store),
    vault: new TokenVault(world.keyEncryption),
    transport,
    clock: systemClock,
    destinations: localStack,
  });
  for (const due of await dispatcher.due(25)) await dispatcher.deliver(due);
}

describe('webhooks of an application', () => {
  it('registers a webhook, shows its signing secret once, and lists it without it', async () => {
    const registered = await world.call(organisation.members.Developer, 'POST', webhooksPath(), {
      body: { url: 'https://hooks.partner.test/cards', events: ['limit_change.state_changed'] },
    });
    const listed = await world.call(organisation.members.Developer, 'GET', webhooksPath());
    const observed = await world.call(organisation.members.Observer, 'GET', webhooksPath());

    expect(registered.status).toBe(201);
    expect(registered.body.secret).toMatch(/^whsec_/);
    expect(registered.body.webhook).toMatchObject({
      applicationId,
      url: 'https://hooks.partner.test/cards',
      events: ['limit_change.state_changed'],
      createdBy: organisation.members.Developer.userId,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toContainEqual(registered.body.webhook);
    expect(observed.body.items).toContainEqual({
      ...registered.body.webhook,
      url: 'https://hooks.partner.test',
    });
    expect(JSON.stringify([listed.body, observed.body])).not.toContain(registered.body.secret);
  });

  it('keeps the signing secret only sealed, and never logs it', async () => {
    const { body } = await world.call(organisation.members.Owner, 'POST', webhooksPath(), {
      body: { url: 'https://hooks.partner.test/sealed' },
    });
    world.witness.remember('a webhook signing secret', body.secret);

    const found = await world.witness.findPlaintext(world.table.client, world.table.tableName);

    expect(found).toEqual([]);
    expect(JSON.stringify(world.logLines)).not.toContain(body.secret);
  });

  it('subscribes to every kind of event when none is named', async () => {
    const answer = await world.call(organisation.members.Owner, 'POST', webhooksPath(), {
      body: { url: 'https://hooks.partner.test/everything' },
    });

    expect(answer.body.webhook.events).toEqual(['limit_change.state_changed', 'quota.warning']);
  });

  it('refuses URLs a webhook may not point at, and unknown event kinds', async () => {
    const register = (body: unknown) =>
      world.call(organisation.members.Owner, 'POST', webhooksPath(), { body });

    const [literal, credentials, unknownEvent, notAUrl] = await Promise.all([
      register({ url: 'https://169.254.169.254/latest/meta-data' }),
      register({ url: 'https://user:password@hooks.partner.test/' }),
      register({ url: 'https://hooks.partner.test/', events: ['card.created'] }),
      register({ url: 'hooks.partner.test' }),
    ]);

    expect(literal).toMatchObject({ status: 400, body: { code: 'invalid_webhook_url' } });
    expect(credentials).toMatchObject({ status: 400, body: { code: 'invalid_webhook_url' } });
    expect(unknownEvent).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
    expect(unknownEvent.body.errors[0].field).toMatch(/^body\.events/);
    expect(notAUrl).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
  });

  it('allows at most five webhooks per application', async () => {
    const appId = await newApplication(world, organisation);
    const register = () =>
      world.call(organisation.members.Owner, 'POST', webhooksPath(appId), {
        body: { url: 'https://hooks.partner.test/many' },
      });
    for (let index = 0; index < 5; index++) expect((await register()).status).toBe(201);

    const sixth = await register();

    expect(sixth).toMatchObject({ status: 409, body: { code: 'webhook_limit_reached' } });
  });

  it('deletes a webhook: it is no longer listed, and deleting it again answers 404', async () => {
    const appId = await newApplication(world, organisation);
    const { body } = await world.call(organisation.members.Owner, 'POST', webhooksPath(appId), {
      body: { url: 'https://hooks.partner.test/short-lived' },
    });
    const webhookPath = webhooksPath(appId, `/${body.webhook.id}`);

    const deleted = await world.call(organisation.members.Administrator, 'DELETE', webhookPath);
    const again = await world.call(organisation.members.Administrator, 'DELETE', webhookPath);
    const listed = await world.call(organisation.members.Owner, 'GET', webhooksPath(appId));

    expect(deleted.status).toBe(204);
    expect(again).toMatchObject({ status: 404, body: { code: 'webhook_not_found' } });
    expect(listed.body.items).toEqual([]);
  });

  it('answers 404 for the webhooks of an application that does not exist', async () => {
    const answer = await world.call(organisation.members.Owner, 'GET', webhooksPath('no-such-app'));

    expect(answer).toMatchObject({ status: 404, body: { code: 'application_not_found' } });
  });

  it('logs every delivery attempt, newest first, paged by cursor', async () => {
    const { body } = await world.call(organisation.members.Owner, 'POST', webhooksPath(), {
      body: { url: receiver.url, events: ['quota.warning'] },
    });
    const { secret } = body;
    const deliveriesPath = webhooksPath(applicationId, `/${body.webhook.id}/deliveries`);
    receiver.status = 503;
    await publishQuotaWarning(80);
    await dispatchDue();
    receiver.status = 200;
    await publishQuotaWarning(100);
    await dispatchDue();

    const first = await world.call(
      organisation.members.Observer,
      'GET',
      `${deliveriesPath}?limit=1`,
    );
    const second = await world.call(
      organisation.members.Observer,
      'GET',
      `${deliveriesPath}?limit=1&cursor=${first.body.nextCursor}`,
    );

    expect(receiver.received).toHaveLength(2);
    for (const { headers, body: sent } of receiver.received) {
      await expect(webhooks.constructEvent(sent, headers, secret)).resolves.toMatchObject({
        id: headers['webhook-id'],
        type: 'quota.warning',
      });
    }
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        eventType: 'quota.warning',
        attempt: 1,
        outcome: 'delivered',
        httpStatus: 200,
      }),
    ]);
    expect(second.body.items).toEqual([
      expect.objectContaining({ outcome: 'failed', httpStatus: 503, error: expect.any(String) }),
    ]);
    expect(second.body.items[0].at <= first.body.items[0].at).toBe(true);
  });

  it('sends a test event to that webhook alone, signed and logged like any other', async () => {
    const register = async (events: string[]) =>
      (
        await world.call(organisation.members.Developer, 'POST', webhooksPath(), {
          body: { url: receiver.url, events },
        })
      ).body;
    const tried = await register(['limit_change.state_changed']);
    await register(['quota.warning', 'limit_change.state_changed']);
    const before = receiver.received.length;
    receiver.status = 200;

    const sent = await world.call(
      organisation.members.Developer,
      'POST',
      webhooksPath(applicationId, `/${tried.webhook.id}/test-events`),
    );
    await dispatchDue();
    const log = await world.call(
      organisation.members.Observer,
      'GET',
      webhooksPath(applicationId, `/${tried.webhook.id}/deliveries`),
    );

    expect(sent.status).toBe(202);
    expect(receiver.received.slice(before)).toHaveLength(1);
    const [delivered] = receiver.received.slice(before);
    await expect(
      webhooks.constructEvent(delivered?.body ?? '', delivered?.headers ?? {}, tried.secret),
    ).resolves.toEqual({
      id: sent.body.eventId,
      type: 'webhook.test',
      occurredAt: expect.any(String),
      organisationId: organisation.id,
      applicationId,
      data: { webhookId: tried.webhook.id, requestedBy: organisation.members.Developer.userId },
    });
    expect(log.body.items[0]).toMatchObject({
      eventId: sent.body.eventId,
      eventType: 'webhook.test',
      outcome: 'delivered',
    });
  });

  it("answers 404 for a test event to another organisation's webhook", async () => {
    const other = await world.organisation();
    const otherApp = await newApplication(world, other);
    const { body } = await world.call(
      other.members.Owner,
      'POST',
      orgPath(other.id, `/applications/${otherApp}/webhooks`),
      { body: { url: receiver.url } },
    );

    // The caller's own organisation in the path, the other's application and webhook ids.
    const crossed = await world.call(
      organisation.members.Owner,
      'POST',
      webhooksPath(otherApp, `/${body.webhook.id}/test-events`),
    );
    // The other's organisation in the path: the caller is no member there.
    const foreign = await world.call(
      organisation.members.Owner,
      'POST',
      orgPath(other.id, `/applications/${otherApp}/webhooks/${body.webhook.id}/test-events`),
    );

    expect(crossed.status).toBe(404);
    expect(foreign.status).toBe(404);
  });

  it('refuses plain http, loopback included, unless the deployment allows it', async () => {
    const other = await strict.organisation();
    const appId = await newApplication(strict, other);

    const answer = await strict.call(
      other.members.Owner,
      'POST',
      orgPath(other.id, `/applications/${appId}/webhooks`),
      { body: { url: receiver.url } },
    );

    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_webhook_url' } });
  });
});
