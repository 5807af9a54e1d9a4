import {
  type Actor,
  ApplicationService,
  CLIENT_SECRET_PREFIX,
  ClientCredentialsVerifier,
  ForbiddenError,
  NotFoundError,
  SubscriptionService,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../src/index.js';
import {
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';
import { WriteBarrier } from '../support/write-barrier.js';

const world = useApiWorld('applications');
const HOUR = 60 * 60 * 1000;
let org: TestOrganisation;
let applications: ApplicationService;
let verifier: ClientCredentialsVerifier;

beforeAll(async () => {
  applications = new ApplicationService(serviceDependencies(world));
  verifier = new ClientCredentialsVerifier(serviceDependencies(world));
  org = await world.organisation();
});

async function createApp(actor: Actor = org.members.Developer, name = 'Payroll') {
  const created = await applications.create(
    actor,
    await world.scope(actor, org.id, 'application.manage'),
    { name },
  );
  world.witness.remember(`secret of ${name}`, created.clientSecret);
  return created;
}

describe('the role matrix for applications', () => {
  it.each(roleMatrixCells('application.manage'))(
    'create / change / delete as %s: allowed = %s',
    async (role, allowed) => {
      const actor = org.members[role];
      if (!allowed) {
        // Create, update and delete each take only a scope authorised for application.manage.
        await expect(world.scope(actor, org.id, 'application.manage')).rejects.toThrow(
          ForbiddenError,
        );
        return;
      }
      const created = await createApp(actor, `By ${role}`);
      const renamed = await applications.update(
        actor,
        await world.scope(actor, org.id, 'application.manage'),
        created.application.id,
        {
          name: `Renamed by ${role}`,
        },
      );
      await applications.delete(
        actor,
        await world.scope(actor, org.id, 'application.manage'),
        created.application.id,
      );

      expect(renamed.name).toBe(`Renamed by ${role}`);
      await expect(
        applications.get(
          await world.scope(org.members.Owner, org.id, 'application.list'),
          created.application.id,
        ),
      ).rejects.toThrow(NotFoundError);
    },
  );

  it.each(roleMatrixCells('application.reissueSecret'))(
    're-issue a secret as %s: allowed = %s',
    async (role, allowed) => {
      const { application } = await createApp();

      const reissue = world
        .scope(org.members[role], org.id, 'application.reissueSecret')
        .then((scope) => applications.reissueSecret(org.members[role], scope, application.id));

      if (allowed) {
        const reissued = await reissue;
        world.witness.remember('re-issued secret', reissued.clientSecret);
      } else {
        await expect(reissue).rejects.toThrow(ForbiddenError);
      }
    },
  );

  it.each(roleMatrixCells('application.list'))(
    'list and read as %s: allowed = %s',
    async (role, allowed) => {
      const { application } = await createApp();

      const page = await applications.list(
        await world.scope(org.members[role], org.id, 'application.list'),
      );
      const one = await applications.get(
        await world.scope(org.members[role], org.id, 'application.list'),
        application.id,
      );

      expect(allowed).toBe(true);
      expect(page.items.map((item) => item.id)).toContain(application.id);
      expect(one).not.toHaveProperty('clientSecret');
      expect(JSON.stringify(one)).not.toContain('hash');
    },
  );

  it('answers a person outside the organisation NotFound, never Forbidden', async () => {
    await expect(world.scope(org.outsider, org.id, 'application.list')).rejects.toThrow(
      NotFoundError,
    );
    await expect(world.scope(org.outsider, org.id, 'application.manage')).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe('creating an application', () => {
  it('generates a Client ID and a prefixed 256-bit Client Secret, shown once', async () => {
    const created = await createApp();

    expect(created.clientSecret.startsWith(CLIENT_SECRET_PREFIX)).toBe(true);
    expect(
      Buffer.from(created.clientSecret.slice(CLIENT_SECRET_PREFIX.length), 'base64url'),
    ).toHaveLength(32);
    expect(created.application.clientId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(created.application.secrets).toEqual([
      { id: expect.any(String), createdAt: created.application.createdAt },
    ]);
  });

  it('refuses a malformed name', async () => {
    await expect(
      applications.create(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.manage'),
        { name: ' padded ' },
      ),
    ).rejects.toMatchObject({ code: 'invalid_application' });
  });

  it('records an audit event with who, role, what, target and source IP', async () => {
    const { application } = await createApp(org.members.Administrator, 'Audited');

    const { items } = await world.repositories.auditTrail.list(org.id, { limit: 5 });

    expect(items.find((event) => event.target.id === application.id)).toMatchObject({
      actorUserId: org.members.Administrator.userId,
      actorRole: 'Administrator',
      action: 'application.created',
      target: { type: 'application', id: application.id },
      sourceIp: '203.0.113.7',
    });
  });
});

describe('verifying client credentials', () => {
  it('accepts the secret and answers with the application and its organisation', async () => {
    const { application, clientSecret } = await createApp();

    const verified = await verifier.verify(application.clientId, clientSecret);

    expect(verified).toMatchObject({
      ok: true,
      organisationId: org.id,
      application: { id: application.id },
      subscriptions: [],
    });
  });

  it('gives the same refusal for a wrong secret and an unknown Client ID', async () => {
    const { application } = await createApp();

    const wrong = await verifier.verify(application.clientId, `${CLIENT_SECRET_PREFIX}nope`);
    const unknown = await verifier.verify('no-such-client', `${CLIENT_SECRET_PREFIX}nope`);

    expect(wrong).toEqual({ ok: false, reason: 'invalid_client' });
    expect(unknown).toEqual(wrong);
  });

  it('records the last use at most once a minute per secret', async () => {
    const { application, clientSecret } = await createApp();

    await verifier.verify(application.clientId, clientSecret);
    const firstUse = (
      await applications.get(
        await world.scope(org.members.Owner, org.id, 'application.list'),
        application.id,
      )
    ).secrets[0]?.lastUsedAt;
    world.clock.advance(30_000);
    await verifier.verify(application.clientId, clientSecret);
    const afterHalfAMinute = await applications.get(
      await world.scope(org.members.Owner, org.id, 'application.list'),
      application.id,
    );
    world.clock.advance(31_000);
    await verifier.verify(application.clientId, clientSecret);
    const afterAMinute = await applications.get(
      await world.scope(org.members.Owner, org.id, 'application.list'),
      application.id,
    );

    expect(firstUse).toBeDefined();
    expect(afterHalfAMinute.secrets[0]?.lastUsedAt).toBe(firstUse);
    expect(Date.parse(afterAMinute.secrets[0]?.lastUsedAt ?? '')).toBeGreaterThan(
      Date.parse(firstUse ?? '') + 60_000,
    );
  });
});

describe('re-issuing the Client Secret', () => {
  it('keeps the previous secret working for the default 24 hours, then not', async () => {
    const { application, clientSecret: first } = await createApp();

    const reissued = await applications.reissueSecret(
      org.members.Developer,
      await world.scope(org.members.Developer, org.id, 'application.reissueSecret'),
      application.id,
    );
    world.witness.remember('second secret', reissued.clientSecret);
    const duringOverlap = await verifier.verify(application.clientId, first);
    world.clock.advance(24 * HOUR);
    const afterOverlap = await verifier.verify(application.clientId, first);
    const newOne = await verifier.verify(application.clientId, reissued.clientSecret);

    expect(
      Date.parse(reissued.previousSecretExpiresAt ?? '') - Date.parse(reissued.secret.createdAt),
    ).toBe(24 * HOUR);
    expect(duringOverlap.ok).toBe(true);
    expect(afterOverlap.ok).toBe(false);
    expect(newOne.ok).toBe(true);
  });

  it('shows both secrets during the overlap and revokes the previous at once with overlap 0', async () => {
    const { application, clientSecret: first } = await createApp();
    const second = await applications.reissueSecret(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.reissueSecret'),
      application.id,
    );
    world.witness.remember('second secret', second.clientSecret);
    const duringOverlap = await applications.get(
      await world.scope(org.members.Owner, org.id, 'application.list'),
      application.id,
    );

    const third = await applications.reissueSecret(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.reissueSecret'),
      application.id,
      0,
    );
    world.witness.remember('third secret', third.clientSecret);

    expect(duringOverlap.secrets).toHaveLength(2);
    expect(third.previousSecretExpiresAt).toBeUndefined();
    expect(
      (
        await applications.get(
          await world.scope(org.members.Owner, org.id, 'application.list'),
          application.id,
        )
      ).secrets,
    ).toEqual([third.secret]);
    expect((await verifier.verify(application.clientId, first)).ok).toBe(false);
    expect((await verifier.verify(application.clientId, second.clientSecret)).ok).toBe(false);
    expect((await verifier.verify(application.clientId, third.clientSecret)).ok).toBe(true);
  });

  it('refuses an overlap outside 0 to 7 days', async () => {
    const { application } = await createApp();

    await expect(
      applications.reissueSecret(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.reissueSecret'),
        application.id,
        604_801,
      ),
    ).rejects.toMatchObject({ code: 'invalid_secret_overlap' });
  });

  it('lets exactly one of two concurrent re-issues win', async () => {
    const { application, clientSecret: first } = await createApp();
    const deps = serviceDependencies(world);
    const racing = new ApplicationService({
      ...deps,
      applications: new WriteBarrier(2).hold(deps.applications, ['save']),
    });

    const outcomes = await Promise.allSettled([
      racing.reissueSecret(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'application.reissueSecret'),
        application.id,
      ),
      racing.reissueSecret(
        org.members.Developer,
        await world.scope(org.members.Developer, org.id, 'application.reissueSecret'),
        application.id,
      ),
    ]);
    const won = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const lost = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    for (const reissued of won) world.witness.remember('raced secret', reissued.clientSecret);
    const stored = await applications.get(
      await world.scope(org.members.Owner, org.id, 'application.list'),
      application.id,
    );

    expect(won).toHaveLength(1);
    expect(lost).toEqual([expect.objectContaining({ code: 'concurrent_modification' })]);
    expect(stored.secrets.map((secret) => secret.id).sort()).toEqual(
      [won[0]?.secret.id, application.secrets[0]?.id].sort(),
    );
    expect((await verifier.verify(application.clientId, first)).ok).toBe(true);
  });
});

describe('deleting an application', () => {
  it('revokes its secrets at once and removes its subscriptions and plan meters', async () => {
    const { application, clientSecret } = await createApp();
    const subscriptions = new SubscriptionService(serviceDependencies(world));
    await subscriptions.subscribe(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'subscription.manage'),
      application.id,
      'business-cards',
      'sandbox',
    );
    await world.repositories.meters.admit(
      application.id,
      'business-cards',
      { ratePerSecond: 10, quotaPerDay: 10 },
      world.clock,
    );

    await applications.delete(
      org.members.Developer,
      await world.scope(org.members.Developer, org.id, 'application.manage'),
      application.id,
    );

    expect(await verifier.verify(application.clientId, clientSecret)).toMatchObject({ ok: false });
    const { items } = await world.store.query({
      keyCondition: {
        expression: 'PK = :pk',
        values: { ':pk': keys.appPartition(application.id) },
      },
    });
    expect(items).toEqual([]);
  });
});

describe('secrets at rest', () => {
  it('stores no Client Secret in plaintext anywhere in the table', async () => {
    await world.expectNoPlaintextSecrets();
  });
});
