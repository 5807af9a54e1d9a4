import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import { DynamoDbCommandCounter } from '../support/dynamodb-command-counter.js';
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

/** The organisation `role` acts in, and the request to send there. */
interface ReadCase {
  readonly request: (
    organisation: TestOrganisation,
    target: TestPerson,
  ) => [string, string, unknown?];
  readonly as: 'Owner' | 'Administrator';
  /** The gate's two (organisation and membership) plus what the operation itself must read. */
  readonly reads: number;
}

/**
 * Reads per request when the services take the scope the gate resolved: the organisation and
 * the caller's membership are read once (2), then only what the operation needs. Before, every
 * service read both again (2 more each; `transferOwnership` 4 more, reading the new Owner back).
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
    request: (_organisation, target) => [
      'PATCH',
      `/members/${target.userId}`,
      { role: 'Observer' },
    ],
  },
  removeMember: {
    as: 'Administrator',
    reads: 2 + 1,
    request: (_organisation, target) => ['DELETE', `/members/${target.userId}`],
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
    request: (_organisation, target) => ['PUT', '/owner', { userId: target.userId }],
  },
};

describe('DynamoDB reads per request', () => {
  it.each(Object.entries(CASES))('%s', async (_operationId, { as, reads, request }) => {
    const organisation = await world.organisation();
    const target = await world.join(organisation.id, 'Developer');
    const [method, suffix, body] = request(organisation, target);
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
