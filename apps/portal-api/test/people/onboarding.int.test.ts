import { describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import { type PortalApiWorld, usePortalApi } from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-people');

describe('GET /v1/me', () => {
  it('provisions the person with a test organisation once, even under concurrent first calls', async () => {
    const person = await world.identity.person('newcomer');

    const answers = await Promise.all(
      Array.from({ length: 4 }, () => world.call(person, 'GET', '/v1/me')),
    );

    for (const answer of answers) expect(answer.status).toBe(200);
    const [first] = answers;
    expect(first?.body.user).toMatchObject({
      id: person.userId,
      email: person.email,
      operator: false,
    });
    expect(first?.body.organizations).toEqual([
      { id: expect.any(String), name: 'Тестовая организация', role: 'Owner', test: true },
    ]);
    const ids = answers.map((answer) => answer.body.organizations[0].id);
    expect(new Set(ids).size).toBe(1);
  });

  it.each([
    ['en', 'Test organisation'],
    ['ru', 'Тестовая организация'],
    ['de', 'Тестовая организация'],
  ])(
    'names the test organisation in the language the person signed up in (locale %s)',
    async (locale, name) => {
      const person = await world.identity.person(`speaker-${locale}`, { locale });

      const answer = await world.call(person, 'GET', '/v1/me');

      expect(answer.body.organizations.map((org: { name: string }) => org.name)).toEqual([name]);
    },
  );

  it('marks a member of the operators group as an operator', async () => {
    const operator = await world.identity.person('operator', { groups: ['operators'] });

    const answer = await world.call(operator, 'GET', '/v1/me');

    expect(answer.body.user.operator).toBe(true);
  });
});

describe("a person's preferred language", () => {
  it('keeps the page language of the first call and ignores it afterwards', async () => {
    const person = await world.identity.person('english-reader');

    const first = await world.call(person, 'GET', '/v1/me?language=en');
    const later = await world.call(person, 'GET', '/v1/me?language=ru');

    expect(first.body.user.language).toBe('en');
    expect(later.body.user.language).toBe('en');
  });

  it('is Russian when the first call names no language, and changes with PATCH /v1/me', async () => {
    const person = await world.identity.person('switcher');
    const first = await world.call(person, 'GET', '/v1/me');

    const changed = await world.call(person, 'PATCH', '/v1/me', { body: { language: 'en' } });
    const read = await world.call(person, 'GET', '/v1/me');

    expect(first.body.user.language).toBe('ru');
    expect(changed).toMatchObject({
      status: 200,
      body: { id: person.userId, email: person.email, language: 'en' },
    });
    expect(read.body.user.language).toBe('en');
  });

  it("changes only the caller's own profile: another person's id in the body is refused", async () => {
    const victim = await world.identity.person('victim');
    const attacker = await world.identity.person('attacker');
    await world.call(victim, 'GET', '/v1/me?language=ru');
    await world.call(attacker, 'GET', '/v1/me');

    const refused = await world.call(attacker, 'PATCH', '/v1/me', {
      body: { language: 'en', userId: victim.userId },
    });
    const victimAfter = await world.call(victim, 'GET', '/v1/me');

    expect(refused.status).toBe(400);
    expect(victimAfter.body.user.language).toBe('ru');
  });

  it('refuses an unknown language and a person not yet registered', async () => {
    const person = await world.identity.person('stranger');

    const unregistered = await world.call(person, 'PATCH', '/v1/me', { body: { language: 'en' } });
    const badQuery = await world.call(person, 'GET', '/v1/me?language=de');
    const badBody = await world.call(person, 'PATCH', '/v1/me', { body: { language: 'de' } });

    expect(unregistered).toMatchObject({ status: 404, body: { code: 'user_not_registered' } });
    expect(badQuery.status).toBe(400);
    expect(badBody.status).toBe(400);
  });
});

describe('the onboarding of the seed, through HTTP', () => {
  it('invites a colleague, builds an application, gets access approved and subscribes', async () => {
    const owner = await world.identity.person('owner');
    const colleague = await world.identity.person('colleague');
    const operator = await world.identity.person('operator', { groups: ['operators'] });
    await world.call(owner, 'GET', '/v1/me');

    const created = await world.call(owner, 'POST', '/v1/organizations', {
      body: { name: 'Romashka LLC' },
    });
    const org = created.body.id;
    const invited = await world.call(owner, 'POST', orgPath(org, '/invitations'), {
      body: { email: colleague.email, role: 'Developer' },
    });
    const accepted = await world.call(
      colleague,
      'POST',
      `/v1/invitations/${invited.body.token}/accept`,
    );
    const members = await world.call(colleague, 'GET', orgPath(org, '/members'));
    const app = await world.call(colleague, 'POST', orgPath(org, '/applications'), {
      body: { name: 'Fleet cards', description: 'Limits of our drivers' },
    });
    const appPath = orgPath(org, `/applications/${app.body.application.id}`);
    const refused = await world.call(colleague, 'PUT', `${appPath}/subscriptions/business-cards`, {
      body: { planId: 'production' },
    });
    const submitted = await world.call(owner, 'POST', orgPath(org, '/access-requests'), {
      body: {
        productId: 'business-cards',
        contactName: 'Anna Smirnova',
        contactEmail: owner.email,
        purpose: 'Set limits of the company cards from our ERP',
      },
    });
    const queue = await world.call(
      operator,
      'GET',
      '/v1/operator/access-requests?status=pending&limit=100',
    );
    const approved = await world.call(
      operator,
      'POST',
      `/v1/operator/access-requests/${submitted.body.id}/decision`,
      { body: { decision: 'approve', comment: 'Contracts signed' } },
    );
    const subscribed = await world.call(
      colleague,
      'PUT',
      `${appPath}/subscriptions/business-cards`,
      {
        body: { planId: 'production' },
      },
    );
    const audit = await world.call(owner, 'GET', orgPath(org, '/audit-events?limit=100'));

    expect(created.status).toBe(201);
    expect(accepted.body).toEqual({
      id: org,
      name: 'Romashka LLC',
      role: 'Developer',
      test: false,
    });
    expect(members.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: owner.userId, name: `Name of ${owner.userId}` }),
        expect.objectContaining({ userId: colleague.userId, name: `Name of ${colleague.userId}` }),
      ]),
    );
    expect(app.body.clientSecret).toMatch(/^dps_/);
    expect(refused).toMatchObject({ status: 403, body: { code: 'access_request_not_approved' } });
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(submitted.body.id);
    expect(approved.body).toMatchObject({ status: 'approved', organizationId: org });
    expect(subscribed.body).toMatchObject({ planId: 'production', productId: 'business-cards' });
    const actions = audit.body.items.map((event: { action: string }) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'organisation.created',
        'invitation.accepted',
        'application.created',
        'access_request.approved',
        'subscription.created',
      ]),
    );
    expect(audit.body.items[0].sourceIp).toBe('127.0.0.1');
  });

  it('keeps operator routes from everyone else', async () => {
    const member = await world.identity.person('member');

    const answer = await world.call(member, 'GET', '/v1/operator/access-requests');

    expect(answer).toMatchObject({ status: 403, body: { code: 'operator_only' } });
  });
});

describe('cursor pagination', () => {
  it('walks my organisations page by page without repeats', async () => {
    const person = await world.identity.person('collector');
    await world.call(person, 'GET', '/v1/me');
    for (const name of ['A', 'B', 'C', 'D']) {
      await world.call(person, 'POST', '/v1/organizations', { body: { name } });
    }

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await world.call(person, 'GET', `/v1/organizations${query}`);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('refuses a forged cursor', async () => {
    const person = await world.identity.person('forger');

    const answer = await world.call(person, 'GET', '/v1/organizations?cursor=bm90LWEtY3Vyc29y');

    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_cursor' } });
  });
});
