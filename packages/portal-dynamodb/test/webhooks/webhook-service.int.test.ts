import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webhooks as receiver } from '@devportal/portal-client';
import {
  ApplicationService,
  afterCheck,
  applicationActor,
  FAILING_WEBHOOK_STREAK,
  type FailingWebhook,
  isWebhookEventType,
  limitChangeStateChanged,
  newLimitChangeRecord,
  nodeCrypto,
  observationOf,
  quotaWarningEvent,
  staticHostResolver,
  TokenVault,
  type WebhookDelivery,
  WebhookDispatcher,
  WebhookPublisher,
  type WebhookRequest,
  WebhookService,
  type WebhookTransport,
  WebhookTransportFailure,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoWebhookRepository, LocalKeyFileEncryption } from '../../src/index.js';
import {
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';

const world = useApiWorld('webhooks');
/** Every receiver's name resolves to one public address; nothing is sent to it (the transports record). */
const destinations = { resolver: staticHostResolver({ '*.partner.example': ['93.184.215.14'] }) };
let vault: TokenVault;
let webhookService: WebhookService;
let webhooks: DynamoWebhookRepository;
let org: TestOrganisation;
let applicationId: string;

beforeAll(async () => {
  const keyFile = join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'webhook.key');
  vault = new TokenVault(await LocalKeyFileEncryption.open(keyFile));
  webhooks = new DynamoWebhookRepository(world.store);
  webhookService = new WebhookService({
    ...serviceDependencies(world),
    webhooks,
    vault,
    destinations,
  });
  org = await world.organisation();
  applicationId = await newApplication(org);
});

async function newApplication(organisation: TestOrganisation): Promise<string> {
  const applications = new ApplicationService(serviceDependencies(world));
  const { application } = await applications.create(
    organisation.members.Owner,
    await world.scope(organisation.members.Owner, organisation.id, 'application.manage'),
    {
      name: 'Cards',
    },
  );
  return application.id;
}

let hooks = 0;
const hookUrl = () => `https://hooks-${++hooks}.partner.example/devportal`;

/** A dispatcher on the test table sending through `transport`, names resolved by `resolver`. */
function dispatcherOf(transport: WebhookTransport, resolver = destinations.resolver) {
  return new WebhookDispatcher({
    webhooks,
    vault,
    transport,
    clock: world.clock,
    destinations: { resolver },
  });
}

/** A transport that answers every POST with `status` and remembers it. */
function recordingTransport(status: number) {
  const sent: WebhookRequest[] = [];
  return {
    sent,
    post: async (request: WebhookRequest) => {
      sent.push(request);
      return { status };
    },
  };
}

describe('registering a webhook', () => {
  it('shows a 256-bit signing secret once and stores it only sealed', async () => {
    const { webhook, secret } = await webhookService.register(
      org.members.Developer,
      await world.scope(org.members.Developer, org.id, 'application.manage'),
      applicationId,
      {
        url: hookUrl(),
      },
    );
    world.witness.remember('webhook signing secret', secret);
    const listed = await webhookService.list(
      await world.scope(org.members.Developer, org.id, 'application.list'),
      applicationId,
    );

    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhook.events.every(isWebhookEventType)).toBe(true);
    expect(listed).toContainEqual(webhook);
    expect(JSON.stringify(listed)).not.toContain(secret);
    await world.expectNoPlaintextSecrets();
  });

  it.each(roleMatrixCells('application.manage'))(
    'lists the full URL as %s: %s (the origin only otherwise)',
    async (role, manages) => {
      const appId = await newApplication(org);
      const url = `${hookUrl()}?token=receiver-token`;
      await webhookService.register(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.manage'),
        appId,
        { url },
      );

      const [listed] = await webhookService.list(
        await world.scope(org.members[role], org.id, 'application.list'),
        appId,
      );

      expect(listed?.url).toBe(manages ? url : new URL(url).origin);
    },
  );

  it.each(roleMatrixCells('application.manage'))('as %s: allowed %s', async (role, allowed) => {
    const attempt = world.scope(org.members[role], org.id, 'application.manage').then((scope) =>
      webhookService.register(org.members[role], scope, applicationId, {
        url: hookUrl(),
        events: ['quota.warning'],
      }),
    );

    if (allowed)
      await expect(attempt).resolves.toMatchObject({ webhook: { events: ['quota.warning'] } });
    else await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses plain http, unknown events, and a foreign or missing application', async () => {
    const owner = org.members.Owner;
    const other = await world.organisation();

    await expect(
      webhookService.register(
        owner,
        await world.scope(owner, org.id, 'application.manage'),
        applicationId,
        {
          url: 'http://hooks.partner.example/',
        },
      ),
    ).rejects.toMatchObject({ code: 'invalid_webhook_url' });
    await expect(
      webhookService.register(
        owner,
        await world.scope(owner, org.id, 'application.manage'),
        applicationId,
        {
          url: hookUrl(),
          events: ['card.lost'],
        },
      ),
    ).rejects.toMatchObject({ code: 'invalid_webhook_events' });
    await expect(
      webhookService.register(
        other.members.Owner,
        await world.scope(other.members.Owner, other.id, 'application.manage'),
        applicationId,
        { url: hookUrl() },
      ),
    ).rejects.toMatchObject({ code: 'application_not_found' });
    await expect(world.scope(org.outsider, org.id, 'application.manage')).rejects.toMatchObject({
      code: 'organisation_not_found',
    });
  });

  it('stops at the per-application limit', async () => {
    const appId = await newApplication(org);
    for (let i = 0; i < 5; i++) {
      await webhookService.register(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.manage'),
        appId,
        { url: hookUrl() },
      );
    }

    await expect(
      webhookService.register(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.manage'),
        appId,
        { url: hookUrl() },
      ),
    ).rejects.toMatchObject({ code: 'webhook_limit_reached' });
  });
});

describe('publishing and delivering', () => {
  it('queues a fact once however often it is published, and delivers it signed', async () => {
    const appId = await newApplication(org);
    const { webhook, secret } = await webhookService.register(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      appId,
      {
        url: hookUrl(),
      },
    );
    world.witness.remember('webhook signing secret', secret);
    const publisher = new WebhookPublisher({ webhooks, clock: world.clock });
    const warning = quotaWarningEvent(
      {
        organisationId: org.id,
        applicationId: appId,
        productId: 'business-card-limits',
        period: 'day',
        limit: 1000,
        used: 800,
        thresholdPercent: 80,
        at: world.clock.now(),
      },
      nodeCrypto,
    );
    const transport = recordingTransport(204);
    const dispatcher = dispatcherOf(transport);

    await Promise.all([publisher.publish(warning), publisher.publish(warning)]);
    const due = (await dispatcher.due(100)).filter((d) => d.webhookId === webhook.id);
    const outcomes = await Promise.all(due.map((delivery) => dispatcher.deliver(delivery)));
    const log = await webhookService.deliveries(
      await world.scope(org.members.Observer, org.id, 'application.list'),
      appId,
      webhook.id,
    );

    expect(outcomes).toEqual(['delivered']);
    const [request] = transport.sent;
    expect(request?.url).toBe(webhook.url);
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({
      id: warning.id,
      type: 'quota.warning',
    });
    vi.useFakeTimers({ now: world.clock.now(), toFake: ['Date'] });
    const received = await receiver
      .constructEvent(request?.body ?? '', request?.headers ?? {}, secret)
      .finally(() => vi.useRealTimers());
    expect(received).toMatchObject({ id: warning.id, type: 'quota.warning' });
    expect(request?.headers['webhook-id']).toBe(warning.id);
    expect(log.items).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'delivered', httpStatus: 204 }),
    ]);
  });

  it('sends a status change to every webhook of the organisation that wants it', async () => {
    const other = await world.organisation();
    const [first, second] = [await newApplication(other), await newApplication(other)];
    const manage = await world.scope(other.members.Owner, other.id, 'application.manage');
    await webhookService.register(other.members.Owner, manage, first, { url: hookUrl() });
    await webhookService.register(other.members.Owner, manage, second, {
      url: hookUrl(),
      events: ['limit_change.state_changed'],
    });
    await webhookService.register(other.members.Owner, manage, second, {
      url: hookUrl(),
      events: ['quota.warning'],
    });
    const publisher = new WebhookPublisher({ webhooks, clock: world.clock });

    const queued = await publisher.publish(stateChangeOf(other.id, 'DELIVERED'));

    expect(queued).toBe(2);
  });

  it('lets one of two racing dispatchers make an attempt, and backs off after a failure', async () => {
    const appId = await newApplication(org);
    const { webhook } = await webhookService.register(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      appId,
      {
        url: hookUrl(),
      },
    );
    const publisher = new WebhookPublisher({ webhooks, clock: world.clock });
    await publisher.publish(
      quotaWarningEvent(
        {
          organisationId: org.id,
          applicationId: appId,
          productId: 'p',
          period: 'month',
          limit: 10,
          used: 10,
          thresholdPercent: 100,
          at: world.clock.now(),
        },
        nodeCrypto,
      ),
    );
    const transport = recordingTransport(500);
    const racers = [1, 2].map(() => dispatcherOf(transport));
    const reader = dispatcherOf(transport);
    const ours = (deliveries: WebhookDelivery[]) =>
      deliveries.filter((d) => d.webhookId === webhook.id);
    const due = ours(await reader.due(100));

    const outcomes = await Promise.all(
      racers.flatMap((racer) => due.map((delivery) => racer.deliver(delivery))),
    );
    const dueAgainAtOnce = ours(await reader.due(100));
    world.clock.advance(61_000);
    const dueAfterAMinute = ours(await reader.due(100));

    expect(outcomes.sort()).toEqual(['retrying', 'skipped']);
    expect(transport.sent).toHaveLength(1);
    expect(dueAgainAtOnce).toEqual([]);
    expect(dueAfterAMinute).toEqual([expect.objectContaining({ attempts: 1, status: 'pending' })]);
  });

  it('cancels deliveries of a deleted webhook; only managers delete, every member reads the log', async () => {
    const appId = await newApplication(org);
    const { webhook } = await webhookService.register(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      appId,
      {
        url: hookUrl(),
      },
    );
    await new WebhookPublisher({ webhooks, clock: world.clock }).publish(
      stateChangeOf(org.id, 'IMPLEMENTED'),
    );

    await expect(
      world.scope(org.members.Observer, org.id, 'application.manage'),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await webhookService.delete(
      org.members.Developer,
      await world.scope(org.members.Developer, org.id, 'application.manage'),
      appId,
      webhook.id,
    );
    const transport = recordingTransport(204);
    const dispatcher = dispatcherOf(transport);
    const due = (await dispatcher.due(100)).filter((d) => d.webhookId === webhook.id);
    const outcomes = await Promise.all(due.map((delivery) => dispatcher.deliver(delivery)));

    expect(outcomes).toEqual(['cancelled']);
    expect(transport.sent).toEqual([]);
    await expect(
      webhookService.deliveries(
        await world.scope(org.members.Observer, org.id, 'application.list'),
        appId,
        webhook.id,
      ),
    ).rejects.toMatchObject({ code: 'webhook_not_found' });
  });
});

describe('the failure streak of an endpoint', () => {
  /** A webhook of a new application with `events` test events queued for it. */
  async function webhookWithEvents(events: number) {
    const appId = await newApplication(org);
    const scope = await world.scope(org.members.Owner, org.id, 'application.manage');
    const { webhook } = await webhookService.register(org.members.Owner, scope, appId, {
      url: hookUrl(),
    });
    for (let event = 0; event < events; event++) {
      await webhookService.sendTestEvent(org.members.Owner, scope, appId, webhook.id);
    }
    return { appId, webhook };
  }

  /** A dispatcher whose failing-endpoint notices are kept (the mailer's port). */
  function watchedDispatcher(transport: WebhookTransport) {
    const notices: FailingWebhook[] = [];
    const dispatcher = new WebhookDispatcher({
      webhooks,
      vault,
      transport,
      clock: world.clock,
      destinations,
      failingWebhooks: { webhookFailing: async (failing) => void notices.push(failing) },
    });
    return { dispatcher, notices };
  }

  async function deliverAllDue(dispatcher: WebhookDispatcher, webhookId: string) {
    const due = (await dispatcher.due(100)).filter((d) => d.webhookId === webhookId);
    return Promise.all(due.map((delivery) => dispatcher.deliver(delivery)));
  }

  it(`tells once when ${FAILING_WEBHOOK_STREAK} attempts fail in a row, however many fail at once`, async () => {
    const { webhook } = await webhookWithEvents(8);
    const { dispatcher, notices } = watchedDispatcher(recordingTransport(503));

    const outcomes = await deliverAllDue(dispatcher, webhook.id);

    expect(outcomes).toEqual(Array(8).fill('retrying'));
    expect(notices).toEqual([
      expect.objectContaining({
        organisationId: org.id,
        webhookId: webhook.id,
        url: webhook.url,
        consecutiveFailures: FAILING_WEBHOOK_STREAK,
        lastAttempt: expect.objectContaining({ outcome: 'failed', httpStatus: 503 }),
      }),
    ]);
  });

  it('stays quiet below the streak, and a success starts it over', async () => {
    const { appId, webhook } = await webhookWithEvents(FAILING_WEBHOOK_STREAK - 1);
    const failing = watchedDispatcher(recordingTransport(500));
    await deliverAllDue(failing.dispatcher, webhook.id);
    const scope = await world.scope(org.members.Owner, org.id, 'application.manage');
    await webhookService.sendTestEvent(org.members.Owner, scope, appId, webhook.id);
    const answering = watchedDispatcher(recordingTransport(204));
    const delivered = await deliverAllDue(answering.dispatcher, webhook.id);
    world.clock.advance(61_000);

    // The four retries fail again, with one more new event: a streak of five from the success.
    await webhookService.sendTestEvent(org.members.Owner, scope, appId, webhook.id);
    const again = watchedDispatcher(recordingTransport(500));
    const retried = await deliverAllDue(again.dispatcher, webhook.id);

    expect(failing.notices).toEqual([]);
    expect(delivered).toContain('delivered');
    expect(retried).toHaveLength(FAILING_WEBHOOK_STREAK);
    expect(again.notices).toEqual([
      expect.objectContaining({ consecutiveFailures: FAILING_WEBHOOK_STREAK }),
    ]);
  });
});

/** The event of a new request of `organisationId` moving from SIGNED to `state`. */
function stateChangeOf(organisationId: string, state: string) {
  const record = newLimitChangeRecord(
    organisationId,
    `ext-${hooks}`,
    'SIGNED',
    world.clock.now(),
    'sandbox',
  );
  const observed = observationOf(record, state, world.clock.now());
  if (!observed?.lastCheckedAt) throw new Error('a SIGNED request always moves on');
  const moved = { ...afterCheck(record, observed), lastCheckedAt: observed.lastCheckedAt };
  return limitChangeStateChanged(record, moved, nodeCrypto);
}

describe('the gateway actor', () => {
  it('is not a member, so it cannot register webhooks', async () => {
    await expect(
      world.scope(applicationActor(applicationId, '198.51.100.4'), org.id, 'application.manage'),
    ).rejects.toMatchObject({ code: 'organisation_not_found' });
  });
});

describe('delivering to where the name leads at the attempt', () => {
  /** A name answering a public address for the registration's check, then loopback. */
  function rebindingResolver() {
    let lookups = 0;
    return {
      lookups: () => lookups,
      resolve: async () => [
        { address: ++lookups === 1 ? '93.184.215.14' : '127.0.0.1', family: 4 as const },
      ],
    };
  }

  async function registeredAndQueued(resolver = destinations.resolver) {
    const appId = await newApplication(org);
    const service = new WebhookService({
      ...serviceDependencies(world),
      webhooks,
      vault,
      destinations: { resolver },
    });
    const { webhook } = await service.register(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      appId,
      {
        url: hookUrl(),
      },
    );
    await new WebhookPublisher({ webhooks, clock: world.clock }).publish(
      stateChangeOf(org.id, 'IMPLEMENTED'),
    );
    return { appId, webhook };
  }

  async function deliverOnce(
    webhookId: string,
    transport: WebhookTransport,
    resolver = destinations.resolver,
  ) {
    const dispatcher = dispatcherOf(transport, resolver);
    const due = (await dispatcher.due(100)).filter((d) => d.webhookId === webhookId);
    return Promise.all(due.map((delivery) => dispatcher.deliver(delivery)));
  }

  it('connects to the address it checked, and refuses a name rebound to loopback', async () => {
    const resolver = rebindingResolver();
    const { appId, webhook } = await registeredAndQueued(resolver);
    const transport = recordingTransport(204);

    const outcomes = await deliverOnce(webhook.id, transport, resolver);
    const log = await webhookService.deliveries(
      await world.scope(org.members.Observer, org.id, 'application.list'),
      appId,
      webhook.id,
    );

    expect(resolver.lookups()).toBe(2);
    expect(outcomes).toEqual(['retrying']);
    expect(transport.sent).toEqual([]);
    expect(log.items).toEqual([
      expect.objectContaining({ outcome: 'failed', error: 'refused_address' }),
    ]);
  });

  it('hands the transport the checked address, and logs failures by their public reason', async () => {
    const { appId, webhook } = await registeredAndQueued();
    const sent: WebhookRequest[] = [];

    await deliverOnce(webhook.id, {
      post: async (request) => {
        sent.push(request);
        throw new WebhookTransportFailure('tls_error');
      },
    });
    world.clock.advance(61_000);
    await deliverOnce(webhook.id, {
      post: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:443');
      },
    });
    world.clock.advance(5 * 61_000);
    await deliverOnce(webhook.id, recordingTransport(204), staticHostResolver({}));
    const log = await webhookService.deliveries(
      await world.scope(org.members.Observer, org.id, 'application.list'),
      appId,
      webhook.id,
    );

    expect(sent[0]?.address).toEqual({ address: '93.184.215.14', family: 4 });
    expect(log.items.map((attempt) => attempt.error)).toEqual([
      'host_not_found',
      'connection_failed',
      'tls_error',
    ]);
  });
});
