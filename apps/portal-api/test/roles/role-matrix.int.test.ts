import { can, ROLES, type Role } from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PortalOperationId, portalContract, portalOperations } from '../../src/index.js';
import { type PortalApiWorld, usePortalApi } from '../support/portal-api-world.js';
import type { TestPerson } from '../support/test-identity.js';
import {
  CELL_REQUESTS,
  type Cell,
  type CellRequest,
  namesAnOrganisationResource,
  orgPath,
  type SharedScene,
} from './role-matrix-cells.js';

const world: PortalApiWorld = usePortalApi('portal-api-roles');
const organisationOperations = portalOperations(portalContract).filter(
  (operation) => operation.action !== undefined,
);
let scene: SharedScene;

beforeAll(async () => {
  const organisation = await world.organisation();
  const owner = organisation.members.Owner;
  const { body } = await world.call(owner, 'POST', orgPath(organisation.id, '/applications'), {
    body: { name: 'Shared app' },
  });
  scene = { organisation, applicationId: body.application.id };
});

function cellRequest(operationId: PortalOperationId, cell: Cell): Promise<CellRequest> {
  const build = CELL_REQUESTS[operationId];
  if (!build) throw new Error(`No request exercises ${operationId}: add one to CELL_REQUESTS`);
  return build(cell);
}

function send(caller: TestPerson, request: CellRequest) {
  return world.call(caller, request.method, request.path, {
    ...(request.body !== undefined && { body: request.body }),
  });
}

describe.each(organisationOperations)('$operationId ($action)', ({ operationId, action }) => {
  const cells = ROLES.map((role): [Role, boolean] => [
    role,
    action !== undefined && can(role, action),
  ]);

  it.each(cells)('as %s: allowed %s', async (role, allowed) => {
    const request = await cellRequest(operationId, { world, scene, role, allowed });

    const answer = await send(request.organisation.members[role], request);

    if (allowed) {
      expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(300);
    } else {
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body).toMatchObject({ status: 403, code: 'forbidden' });
    }
  });

  it('answers 404 to someone of another organisation, as if it did not exist', async () => {
    const request = await cellRequest(operationId, { world, scene, role: 'Owner', allowed: false });
    const outsider = (await world.organisation()).members.Owner;

    const answer = await send(outsider, request);

    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ status: 404, code: 'organisation_not_found' });
  });
});

describe('resources of one organisation named through another', () => {
  const probed = organisationOperations.filter(
    ({ operationId }) =>
      [
        'changeMemberRole',
        'removeMember',
        'transferOwnership',
        'revokeInvitation',
        'getLimitChange',
        'getLimitChangeSyncRun',
      ].includes(operationId) ||
      portalContract.operationById(operationId).pathTemplate.includes('{appId}'),
  );

  it.each(probed)('$operationId answers 404 for a foreign id', async ({ operationId }) => {
    const request = await cellRequest(operationId, { world, scene, role: 'Owner', allowed: false });
    const other = await world.organisation();
    const foreign = {
      ...request,
      path: request.path.replace(orgPath(scene.organisation.id, ''), orgPath(other.id, '')),
    };
    expect(namesAnOrganisationResource(foreign)).toBe(true);
    const before = await world.itemCount(scene.organisation.id);

    const answer = await send(other.members.Owner, foreign);

    expect(answer.status).toBe(404);
    expect(answer.body.code).toMatch(/_not_found$/);
    expect(await world.itemCount(scene.organisation.id)).toBe(before);
  });
});

describe('leaving: a member may remove themselves whatever their role', () => {
  it.each(['Developer', 'Observer'] as const)('as %s', async (role) => {
    const member = await world.join(scene.organisation.id, role);

    const answer = await send(member, {
      organisation: scene.organisation,
      method: 'DELETE',
      path: orgPath(scene.organisation.id, `/members/${member.userId}`),
    });

    expect(answer.status).toBe(204);
    const again = await world.call(member, 'GET', orgPath(scene.organisation.id, ''));
    expect(again.status).toBe(404);
  });
});
