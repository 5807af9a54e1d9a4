import { DynamoDbCommandCounter } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';
import type { TestPerson } from '../support/test-identity.js';

const world: PortalApiWorld = usePortalApi('portal-api-reads');
let counter: DynamoDbCommandCounter;

beforeAll(() => {
  counter = DynamoDbCommandCounter.attachedTo(world.table.client);
});

/** What a case acts on: a fresh organisation and one of its Developers. */
interface Scene {
  readonly organisation: TestOrganisation;
  readonly target: TestPerson;
}

/** A request: method, path under the organisation, body. */
type Request = [string, string, unknown?];

/** The organisation `role` acts in, and the request to send there. */
interface ReadCase {
  /** The request, after creating (through the API, before counting) whatever it acts on. */
  readonly request: (scene: Scene) => Request | Promise<Request>;
  readonly as: 'Owner' | 'Administrator' | 'Developer';
  /** The gate's two (organisation and membership) plus what the operation itself must read. */
  readonly reads: number;
}

/**
 * Reads per request when the services take the scope the gate resolved: the organisation and
 * the caller's membership are read once (2), then only what the operation needs. Before, every
 * service read both again (2 more each; `transferOwnership` 4 more, reading the new Owner back),
 * and the analytics of a whole organisation read its applications, then 4 items per application.
 * Analytics (hours by default) read the usage roll-up's watermark, then the hours and the minutes
 * not rolled before it, one `Query` each.
 */
const CASES: Record<string, ReadCase> = {
  getOrganization: { as: 'Administrator', reads: 2 + 1, request: () => ['GET', ''] },
  renameOrganization: {
    as: 'Administrator',
    reads: 2,
    request: () => ['PATCH', '', { name: 'Renamed' }],
  },
  listMembers: { as: 'Administrator', reads: 2 + 1, request: () => ['GET', '/members'] },
  changeMemberRole: {
    as: 'Administrator',
    reads: 2 + 1,
    request: ({ target }) => ['PATCH', `/members/${target.userId}`, { role: 'Observer' }],
  },
  removeMember: {
    as: 'Administrator',
    reads: 2 + 1,
    request: ({ target }) => ['DELETE', `/members/${target.userId}`],
  },
  listInvitations: { as: 'Administrator', reads: 2 + 1, request: () => ['GET', '/invitations'] },
  createInvitation: {
    as: 'Administrator',
    reads: 2,
    request: () => ['POST', '/invitations', { email: 'invitee@partner.test', role: 'Observer' }],
  },
  transferOwnership: {
    as: 'Owner',
    reads: 2 + 1,
    request: ({ target }) => ['PUT', '/owner', { userId: target.userId }],
  },
  listApplications: { as: 'Developer', reads: 2 + 1, request: () => ['GET', '/applications'] },
  createApplication: {
    as: 'Developer',
    reads: 2,
    request: () => ['POST', '/applications', { name: 'Counted' }],
  },
  getApplication: {
    as: 'Developer',
    reads: 2 + 1,
    request: async (scene) => ['GET', await application(scene)],
  },
  updateApplication: {
    as: 'Developer',
    reads: 2 + 1,
    request: async (scene) => ['PATCH', await application(scene), { description: 'Counted' }],
  },
  deleteApplication: {
    as: 'Developer',
    reads: 2 + 1 + 1,
    request: async (scene) => ['DELETE', await application(scene)],
  },
  reissueClientSecret: {
    as: 'Developer',
    reads: 2 + 1,
    request: async (scene) => ['POST', `${await application(scene)}/secret`, {}],
  },
  listSubscriptions: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => ['GET', `${await application(scene)}/subscriptions`],
  },
  subscribe: {
    as: 'Developer',
    reads: 2 + 3,
    request: async (scene) => [
      'PUT',
      `${await application(scene)}/subscriptions/business-cards`,
      { planId: 'sandbox' },
    ],
  },
  unsubscribe: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => {
      const path = `${await application(scene)}/subscriptions/business-cards`;
      await send(scene, 'PUT', path, { planId: 'sandbox' });
      return ['DELETE', path];
    },
  },
  listAccessRequests: { as: 'Developer', reads: 2 + 1, request: () => ['GET', '/access-requests'] },
  submitAccessRequest: {
    as: 'Administrator',
    reads: 2 + 2,
    request: () => ['POST', '/access-requests', ACCESS_REQUEST],
  },
  getBankConnection: { as: 'Developer', reads: 2 + 1, request: () => ['GET', '/bank-connection'] },
  disconnectBank: {
    as: 'Administrator',
    reads: 2,
    request: () => ['DELETE', '/bank-connection'],
  },
  listAuditEvents: { as: 'Administrator', reads: 2 + 1, request: () => ['GET', '/audit-events'] },
  listLimitChanges: { as: 'Developer', reads: 2 + 1, request: () => ['GET', '/limit-changes'] },
  getLimitChange: {
    as: 'Developer',
    reads: 2 + 1,
    request: async ({ organisation }) => [
      'GET',
      `/limit-changes/${await world.limitChange(organisation.id)}`,
    ],
  },
  syncLimitChanges: { as: 'Developer', reads: 2, request: () => ['POST', '/limit-changes/sync'] },
  getLimitChangeSyncRun: {
    as: 'Developer',
    reads: 2 + 1,
    request: async ({ organisation }) => [
      'GET',
      `/limit-changes/sync-runs/${await world.syncRun(organisation.id)}`,
    ],
  },
  listRecentCalls: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => ['GET', `${await application(scene)}/calls`],
  },
  getAnalytics: {
    as: 'Developer',
    reads: 2 + 3,
    request: async (scene) => {
      await Promise.all([application(scene), application(scene), application(scene)]);
      return ['GET', '/analytics'];
    },
  },
  listWebhooks: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => ['GET', `${await application(scene)}/webhooks`],
  },
  registerWebhook: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => [
      'POST',
      `${await application(scene)}/webhooks`,
      { url: 'https://hooks.partner.test/counted' },
    ],
  },
  deleteWebhook: {
    as: 'Developer',
    reads: 2 + 1,
    request: async (scene) => ['DELETE', await webhook(scene)],
  },
  listWebhookDeliveries: {
    as: 'Developer',
    reads: 2 + 2,
    request: async (scene) => ['GET', `${await webhook(scene)}/deliveries`],
  },
};

const ACCESS_REQUEST = {
  productId: 'business-cards',
  contactName: 'Irina Petrova',
  contactEmail: 'irina@partner.test',
  purpose: 'Production limits for our fleet cards',
};

/** Sends a request of the scene's Owner, before counting. */
async function send(scene: Scene, method: string, suffix: string, body?: unknown) {
  const answer = await world.call(
    scene.organisation.members.Owner,
    method,
    orgPath(scene.organisation.id, suffix),
    body === undefined ? {} : { body },
  );
  expect(answer.status).toBeLessThan(300);
  return answer.body;
}

/** The path (under the organisation) of a new application. */
async function application(scene: Scene): Promise<string> {
  const { application } = await send(scene, 'POST', '/applications', { name: 'Counted' });
  return `/applications/${application.id}`;
}

/** The path (under the organisation) of a new webhook of a new application. */
async function webhook(scene: Scene): Promise<string> {
  const webhooks = `${await application(scene)}/webhooks`;
  const registered = await send(scene, 'POST', webhooks, { url: 'https://hooks.partner.test/x' });
  return `${webhooks}/${registered.webhook.id}`;
}

describe('DynamoDB reads per request', () => {
  it.each(Object.entries(CASES))('%s', async (_operationId, { as, reads, request }) => {
    const organisation = await world.organisation();
    const target = await world.join(organisation.id, 'Developer');
    const [method, suffix, body] = await request({ organisation, target });
    counter.reset();

    const answer = await world.call(
      organisation.members[as],
      method,
      orgPath(organisation.id, suffix),
      body === undefined ? {} : { body },
    );

    expect(answer.status).toBeLessThan(300);
    expect(counter.reads, JSON.stringify(counter.snapshot())).toBe(reads);
  });

  it('lists my organisations with one query and one batch read per page', async () => {
    const person = (await world.organisation()).members.Owner;
    counter.reset();

    const answer = await world.call(person, 'GET', '/v1/organizations?limit=5');

    expect(answer.body.items).toHaveLength(1);
    expect(counter.snapshot()).toEqual({ BatchGetItemCommand: 1, QueryCommand: 1 });
  });
});
