import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/index.js';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
  type Sending,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-input');
let organisation: TestOrganisation;
let applicationId: string;

beforeAll(async () => {
  organisation = await world.organisation();
  const { body } = await world.call(
    organisation.members.Owner,
    'POST',
    orgPath(organisation.id, '/applications'),
    { body: { name: 'Input probe' } },
  );
  applicationId = body.application.id;
});

/** One route per family with a body, and requests that break the contract in each way. */
const families = [
  ['organizations', 'PATCH', ''],
  ['invitations', 'POST', '/invitations'],
  ['members', 'PUT', '/owner'],
  ['applications', 'POST', '/applications'],
  ['subscriptions', 'PUT', '/applications/{appId}/subscriptions/business-cards'],
  ['access requests', 'POST', '/access-requests'],
  ['bank connection', 'POST', '/bank-connection/authorization'],
] as const;

const badRequests: [string, Sending, number, string][] = [
  [
    'malformed JSON',
    { rawBody: '{"name": ', headers: { 'content-type': 'application/json' } },
    400,
    'malformed_json',
  ],
  ['a JSON array', { body: ['name'] }, 400, 'invalid_request'],
  [
    'wrong types',
    {
      body: { name: 42, email: true, role: 7, userId: 1, planId: [], productId: {}, scopes: 'all' },
    },
    400,
    'invalid_request',
  ],
  [
    'an unknown field',
    {
      body: {
        name: 'Ok',
        email: 'a@b.test',
        role: 'Developer',
        userId: 'u1',
        planId: 'sandbox',
        productId: 'business-cards',
        contactName: 'A',
        contactEmail: 'a@b.test',
        purpose: 'Long enough purpose',
        isAdmin: true,
      },
    },
    400,
    'invalid_request',
  ],
  [
    'a body over the limit',
    { body: { name: 'x'.repeat(DEFAULT_MAX_BODY_BYTES) } },
    413,
    'payload_too_large',
  ],
  [
    'a form instead of JSON',
    { rawBody: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    415,
    'unsupported_media_type',
  ],
];

describe.each(families)('%s (%s %s)', (_family, method, suffix) => {
  it.each(badRequests)(
    'refuses %s with a problem and writes nothing',
    async (_label, sending, status, code) => {
      const path = orgPath(organisation.id, suffix.replace('{appId}', applicationId));
      const before = await world.itemCount(organisation.id);

      const answer = await world.call(organisation.members.Owner, method, path, sending);

      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body).toMatchObject({ status, code, instance: path });
      expect(answer.body.requestId).toBe(answer.headers.get('x-request-id'));
      expect(await world.itemCount(organisation.id)).toBe(before);
    },
  );
});

describe('validation problems name the offending fields', () => {
  it('lists each field with where it was', async () => {
    const answer = await world.call(
      organisation.members.Owner,
      'POST',
      `${orgPath(organisation.id, '/invitations')}`,
      { body: { email: 'not-an-address', role: 'Owner', extra: 1 } },
    );

    expect(answer.status).toBe(400);
    const fields = answer.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.role', 'body.extra']));
  });

  it('checks query and path parameters too', async () => {
    const [badLimit, badPath] = await Promise.all([
      world.call(organisation.members.Owner, 'GET', orgPath(organisation.id, '/members?limit=500')),
      world.call(organisation.members.Owner, 'GET', '/v1/organizations/not%20an%20id'),
    ]);

    expect(badLimit.body.errors).toEqual([{ field: 'query.limit', message: expect.any(String) }]);
    expect(badPath.body.errors).toEqual([{ field: 'path.orgId', message: expect.any(String) }]);
  });

  it('asks for a body where one is required', async () => {
    const answer = await world.call(organisation.members.Owner, 'POST', '/v1/organizations');

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'body', message: 'must have a request body' }]);
  });
});

const DAY_SECONDS = 24 * 60 * 60;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('authentication', () => {
  it.each([
    ['no token', async () => undefined],
    ['a token of another issuer', async () => ({ issuer: 'https://elsewhere.test' })],
    ['a token for another audience', async () => ({ audience: 'another-app' })],
    ['an expired token', async () => ({ expiresAt: Math.floor(Date.now() / 1000) - 60 })],
    ['a token without an e-mail', async () => ({ omitEmail: true })],
    ['a token without exp', async () => ({ expiresAt: null })],
    ['a token without iat', async () => ({ issuedAt: null })],
    ['an access token', async () => ({ tokenUse: 'access' })],
    ['a token without token_use', async () => ({ tokenUse: null })],
    ['a token issued in the future', async () => ({ issuedAt: nowSeconds() + 3_600 })],
    ['a token issued two days ago', async () => ({ issuedAt: nowSeconds() - 2 * DAY_SECONDS })],
    [
      'a token living longer than a day',
      async () => ({ issuedAt: nowSeconds(), expiresAt: nowSeconds() + 2 * DAY_SECONDS }),
    ],
  ])('refuses %s with 401', async (_label, overrides) => {
    const chosen = await overrides();
    const person = chosen === undefined ? undefined : await world.identity.person('caller', chosen);

    const answer = await world.call(person, 'GET', '/v1/me');

    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a token signed by another key', async () => {
    const { TestIdentity } = await import('../support/test-identity.js');
    const stranger = await (await TestIdentity.create()).person('forger');

    const answer = await world.call(stranger, 'GET', '/v1/me');

    expect(answer.status).toBe(401);
  });
});

describe('what errors never show', () => {
  it('logs one line per request without the Authorization header or the token', async () => {
    const caller = organisation.members.Owner;
    await world.call(caller, 'GET', orgPath(organisation.id, ''), {
      headers: { 'x-request-id': 'trace-me-123' },
    });

    const line = world.logLines.find((entry) => entry.requestId === 'trace-me-123');
    expect(line).toMatchObject({
      method: 'GET',
      route: '/v1/organizations/{orgId}',
      status: 200,
      userId: caller.userId,
    });
    expect(JSON.stringify(world.logLines)).not.toContain(caller.token);
  });

  it('answers unknown routes and methods with problems', async () => {
    const caller = organisation.members.Owner;
    const [unknown, wrongMethod] = await Promise.all([
      world.call(caller, 'GET', '/v1/nothing-here'),
      world.call(caller, 'POST', orgPath(organisation.id, '/members')),
    ]);

    expect(unknown).toMatchObject({ status: 404, body: { code: 'route_not_found' } });
    expect(wrongMethod).toMatchObject({ status: 405, body: { code: 'method_not_allowed' } });
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });
});
