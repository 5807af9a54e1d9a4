import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessRequestService,
  ApplicationService,
  type ApplicationService as Applications,
  ClientCredentialsVerifier,
  ForbiddenError,
  NotFoundError,
  SubscriptionService,
} from '../../src/index.js';
import {
  operator,
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';
import { WriteBarrier } from '../support/write-barrier.js';

const world = useApiWorld('subscriptions');
const PRODUCT = 'business-cards';
let applications: Applications;
let subscriptions: SubscriptionService;
let requests: AccessRequestService;
let org: TestOrganisation;

beforeAll(async () => {
  applications = new ApplicationService(serviceDependencies(world));
  subscriptions = new SubscriptionService(serviceDependencies(world));
  requests = new AccessRequestService(serviceDependencies(world));
  org = await world.organisation();
});

async function newApplication(): Promise<string> {
  const { application } = await applications.create(org.members.Owner, org.id, { name: 'App' });
  return application.id;
}

async function approveProduction(organisation: TestOrganisation): Promise<string> {
  const request = await requests.submit(organisation.members.Owner, organisation.id, {
    productId: PRODUCT,
    contactName: 'Anna',
    contactEmail: 'anna@partner.example',
    purpose: 'Fuel cards of couriers',
  });
  await requests.decide(operator(), request.id, { decision: 'approve' });
  return request.id;
}

describe('the role matrix for subscriptions', () => {
  it.each(roleMatrixCells('subscription.manage'))(
    'subscribe / unsubscribe as %s: allowed = %s',
    async (role, allowed) => {
      const appId = await newApplication();
      const actor = org.members[role];

      if (!allowed) {
        await expect(
          subscriptions.subscribe(actor, org.id, appId, PRODUCT, 'sandbox'),
        ).rejects.toThrow(ForbiddenError);
        await subscriptions.subscribe(org.members.Owner, org.id, appId, PRODUCT, 'sandbox');
        await expect(subscriptions.unsubscribe(actor, org.id, appId, PRODUCT)).rejects.toThrow(
          ForbiddenError,
        );
        return;
      }
      const subscribed = await subscriptions.subscribe(actor, org.id, appId, PRODUCT, 'sandbox');
      await subscriptions.unsubscribe(actor, org.id, appId, PRODUCT);

      expect(subscribed).toMatchObject({ planId: 'sandbox', contour: 'sandbox', version: 1 });
      expect(await subscriptions.list(actor, org.id, appId)).toEqual([]);
    },
  );

  it.each(roleMatrixCells('subscription.list'))(
    'view subscriptions as %s: allowed = %s',
    async (role, allowed) => {
      const appId = await newApplication();
      await subscriptions.subscribe(org.members.Owner, org.id, appId, PRODUCT, 'sandbox');

      const listed = await subscriptions.list(org.members[role], org.id, appId);

      expect(allowed).toBe(true);
      expect(listed.map((sub) => sub.planId)).toEqual(['sandbox']);
    },
  );

  it('answers a person outside the organisation NotFound', async () => {
    const appId = await newApplication();

    await expect(
      subscriptions.subscribe(org.outsider, org.id, appId, PRODUCT, 'sandbox'),
    ).rejects.toThrow(NotFoundError);
  });
});

describe('subscribing', () => {
  it('refuses the confidential plan without an approved access request, saying why', async () => {
    const appId = await newApplication();

    const refusal = subscriptions.subscribe(
      org.members.Owner,
      org.id,
      appId,
      PRODUCT,
      'production',
    );

    await expect(refusal).rejects.toMatchObject({
      code: 'access_request_not_approved',
      message: expect.stringContaining('submit an access request for "business-cards"'),
    });
  });

  it('holds one plan per product: a second subscribe changes the plan', async () => {
    const partner = await world.organisation();
    await approveProduction(partner);
    const { application } = await applications.create(partner.members.Owner, partner.id, {
      name: 'App',
    });

    await subscriptions.subscribe(
      partner.members.Developer,
      partner.id,
      application.id,
      PRODUCT,
      'sandbox',
    );
    const changed = await subscriptions.subscribe(
      partner.members.Developer,
      partner.id,
      application.id,
      PRODUCT,
      'production',
    );

    expect(changed).toMatchObject({ planId: 'production', contour: 'production', version: 2 });
    expect(await subscriptions.list(partner.members.Observer, partner.id, application.id)).toEqual([
      changed,
    ]);
  });

  it('refuses an unknown plan or application', async () => {
    const appId = await newApplication();

    await expect(
      subscriptions.subscribe(org.members.Owner, org.id, appId, PRODUCT, 'gold'),
    ).rejects.toMatchObject({ code: 'plan_not_found' });
    await expect(
      subscriptions.subscribe(org.members.Owner, org.id, 'no-such-app', PRODUCT, 'sandbox'),
    ).rejects.toMatchObject({ code: 'application_not_found' });
  });

  it('lets exactly one of two racing subscribes of one application to one product commit', async () => {
    const partner = await world.organisation();
    await approveProduction(partner);
    const { application } = await applications.create(partner.members.Owner, partner.id, {
      name: 'App',
    });
    const target = `${application.id}/${PRODUCT}`;
    const deps = serviceDependencies(world);
    const racing = new SubscriptionService({
      ...deps,
      subscriptions: new WriteBarrier(2).hold(deps.subscriptions, ['save']),
    });

    const outcomes = await Promise.allSettled([
      racing.subscribe(partner.members.Owner, partner.id, application.id, PRODUCT, 'sandbox'),
      racing.subscribe(
        partner.members.Developer,
        partner.id,
        application.id,
        PRODUCT,
        'production',
      ),
    ]);
    const { items: events } = await world.repositories.auditTrail.list(partner.id, { limit: 100 });
    const changes = events.filter((event) => event.target.id === target);
    const stored = await subscriptions.list(partner.members.Owner, partner.id, application.id);

    expect(stored).toHaveLength(1);
    expect(changes.filter((event) => event.action === 'subscription.created')).toHaveLength(1);
    expect(changes).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
      reason: { code: 'concurrent_modification' },
    });
  });
});

describe('the gateway’s view of subscriptions', () => {
  it('drops a confidential plan once the access request is revoked', async () => {
    const partner = await world.organisation();
    const requestId = await approveProduction(partner);
    const created = await applications.create(partner.members.Owner, partner.id, { name: 'App' });
    world.witness.remember('client secret', created.clientSecret);
    await subscriptions.subscribe(
      partner.members.Owner,
      partner.id,
      created.application.id,
      PRODUCT,
      'production',
    );
    const verifier = new ClientCredentialsVerifier(serviceDependencies(world));
    const before = await verifier.verify(created.application.clientId, created.clientSecret);

    await requests.decide(operator(), requestId, { decision: 'revoke' });
    const after = await verifier.verify(created.application.clientId, created.clientSecret);

    expect(before).toMatchObject({ ok: true, subscriptions: [{ planId: 'production' }] });
    expect(after).toMatchObject({ ok: true, subscriptions: [] });
  });
});
