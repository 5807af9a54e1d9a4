import {
  AccessRequestService,
  ApplicationService,
  type ApplicationService as Applications,
  ClientCredentialsVerifier,
  ForbiddenError,
  NotFoundError,
  SubscriptionService,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
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
  const { application } = await applications.create(
    org.members.Owner,
    await world.scope(org.members.Owner, org.id, 'application.manage'),
    { name: 'App' },
  );
  return application.id;
}

async function approveProduction(organisation: TestOrganisation): Promise<string> {
  const request = await requests.submit(
    organisation.members.Owner,
    await world.scope(organisation.members.Owner, organisation.id, 'accessRequest.submit'),
    {
      productId: PRODUCT,
      contactName: 'Anna',
      contactEmail: 'anna@partner.example',
      purpose: 'Fuel cards of couriers',
    },
  );
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
        // Subscribe and unsubscribe each take only a scope authorised for subscription.manage.
        await expect(world.scope(actor, org.id, 'subscription.manage')).rejects.toThrow(
          ForbiddenError,
        );
        return;
      }
      const subscribed = await subscriptions.subscribe(
        actor,
        await world.scope(actor, org.id, 'subscription.manage'),
        appId,
        PRODUCT,
        'sandbox',
      );
      await subscriptions.unsubscribe(
        actor,
        await world.scope(actor, org.id, 'subscription.manage'),
        appId,
        PRODUCT,
      );

      expect(subscribed).toMatchObject({ planId: 'sandbox', contour: 'sandbox', version: 1 });
      expect(
        await subscriptions.list(await world.scope(actor, org.id, 'subscription.list'), appId),
      ).toEqual([]);
    },
  );

  it.each(roleMatrixCells('subscription.list'))(
    'view subscriptions as %s: allowed = %s',
    async (role, allowed) => {
      const appId = await newApplication();
      await subscriptions.subscribe(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'subscription.manage'),
        appId,
        PRODUCT,
        'sandbox',
      );

      const listed = await subscriptions.list(
        await world.scope(org.members[role], org.id, 'subscription.list'),
        appId,
      );

      expect(allowed).toBe(true);
      expect(listed.map((sub) => sub.planId)).toEqual(['sandbox']);
    },
  );

  it('answers a person outside the organisation NotFound', async () => {
    await expect(world.scope(org.outsider, org.id, 'subscription.manage')).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe('subscribing', () => {
  it('refuses the confidential plan without an approved access request, saying why', async () => {
    const appId = await newApplication();

    const refusal = subscriptions.subscribe(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'subscription.manage'),
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
    const { application } = await applications.create(
      partner.members.Owner,
      await world.scope(partner.members.Owner, partner.id, 'application.manage'),
      {
        name: 'App',
      },
    );

    await subscriptions.subscribe(
      partner.members.Developer,
      await world.scope(partner.members.Developer, partner.id, 'subscription.manage'),
      application.id,
      PRODUCT,
      'sandbox',
    );
    const changed = await subscriptions.subscribe(
      partner.members.Developer,
      await world.scope(partner.members.Developer, partner.id, 'subscription.manage'),
      application.id,
      PRODUCT,
      'production',
    );

    expect(changed).toMatchObject({ planId: 'production', contour: 'production', version: 2 });
    expect(
      await subscriptions.list(
        await world.scope(partner.members.Observer, partner.id, 'subscription.list'),
        application.id,
      ),
    ).toEqual([changed]);
  });

  it('refuses an unknown plan or application', async () => {
    const appId = await newApplication();

    await expect(
      subscriptions.subscribe(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'subscription.manage'),
        appId,
        PRODUCT,
        'gold',
      ),
    ).rejects.toMatchObject({ code: 'plan_not_found' });
    await expect(
      subscriptions.subscribe(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'subscription.manage'),
        'no-such-app',
        PRODUCT,
        'sandbox',
      ),
    ).rejects.toMatchObject({ code: 'application_not_found' });
  });

  it('lets exactly one of two racing subscribes of one application to one product commit', async () => {
    const partner = await world.organisation();
    await approveProduction(partner);
    const { application } = await applications.create(
      partner.members.Owner,
      await world.scope(partner.members.Owner, partner.id, 'application.manage'),
      {
        name: 'App',
      },
    );
    const target = `${application.id}/${PRODUCT}`;
    const deps = serviceDependencies(world);
    const racing = new SubscriptionService({
      ...deps,
      subscriptions: new WriteBarrier(2).hold(deps.subscriptions, ['save']),
    });

    const outcomes = await Promise.allSettled([
      racing.subscribe(
        partner.members.Owner,
        await world.scope(partner.members.Owner, partner.id, 'subscription.manage'),
        application.id,
        PRODUCT,
        'sandbox',
      ),
      racing.subscribe(
        partner.members.Developer,
        await world.scope(partner.members.Developer, partner.id, 'subscription.manage'),
        application.id,
        PRODUCT,
        'production',
      ),
    ]);
    const { items: events } = await world.repositories.auditTrail.list(partner.id, { limit: 100 });
    const changes = events.filter((event) => event.target.id === target);
    const stored = await subscriptions.list(
      await world.scope(partner.members.Owner, partner.id, 'subscription.list'),
      application.id,
    );

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
    const created = await applications.create(
      partner.members.Owner,
      await world.scope(partner.members.Owner, partner.id, 'application.manage'),
      { name: 'App' },
    );
    world.witness.remember('client secret', created.clientSecret);
    await subscriptions.subscribe(
      partner.members.Owner,
      await world.scope(partner.members.Owner, partner.id, 'subscription.manage'),
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
