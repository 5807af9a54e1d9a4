import type { Role } from '@devportal/portal-domain';
import type { PortalOperationId } from '../../src/index.js';
import type { PortalApiWorld, TestOrganisation } from '../support/portal-api-world.js';

/** The organisation every cell shares, with an application subscribed to the sandbox plan. */
export interface SharedScene {
  readonly organisation: TestOrganisation;
  readonly applicationId: string;
}

/** One cell of the matrix: who calls, and whether the matrix allows them. */
export interface Cell {
  readonly world: PortalApiWorld;
  readonly scene: SharedScene;
  readonly role: Role;
  readonly allowed: boolean;
}

/** The request exercising an operation, in the organisation `organisation`. */
export interface CellRequest {
  readonly organisation: TestOrganisation;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/**
 * How to exercise each organisation operation so that it succeeds when the role allows it. Which
 * roles are allowed is not written here: it comes from the spec's `x-action` and ROLE_MATRIX.
 * Operations that would change the shared organisation for everyone (deleting it, moving its
 * Owner, its one access request per product) get an organisation of their own when allowed.
 */
export const CELL_REQUESTS: Partial<
  Record<PortalOperationId, (cell: Cell) => Promise<CellRequest>>
> = {
  getOrganization: async ({ scene }) => inShared(scene, 'GET', ''),
  renameOrganization: async ({ scene, role }) =>
    inShared(scene, 'PATCH', '', { name: `Renamed by the ${role}` }),
  deleteOrganization: async (cell) => {
    const organisation = await ownOrShared(cell);
    return { organisation, method: 'DELETE', path: orgPath(organisation.id, '') };
  },
  listMembers: async ({ scene }) => inShared(scene, 'GET', '/members?limit=2'),
  changeMemberRole: async ({ world, scene }) => {
    const target = await world.join(scene.organisation.id, 'Developer');
    return inShared(scene, 'PATCH', `/members/${target.userId}`, { role: 'Observer' });
  },
  removeMember: async ({ world, scene }) => {
    const target = await world.join(scene.organisation.id, 'Developer');
    return inShared(scene, 'DELETE', `/members/${target.userId}`);
  },
  transferOwnership: async (cell) => {
    const organisation = await ownOrShared(cell);
    return {
      organisation,
      method: 'PUT',
      path: orgPath(organisation.id, '/owner'),
      body: { userId: organisation.members.Developer.userId },
    };
  },
  listInvitations: async ({ scene }) => inShared(scene, 'GET', '/invitations'),
  createInvitation: async ({ scene, role }) =>
    inShared(scene, 'POST', '/invitations', {
      email: `invited-by-${role.toLowerCase()}-${Date.now()}@partner.test`,
      role: 'Developer',
    }),
  revokeInvitation: async ({ world, scene }) => {
    const { body } = await world.call(
      scene.organisation.members.Owner,
      'POST',
      orgPath(scene.organisation.id, '/invitations'),
      { body: { email: `to-revoke-${Date.now()}@partner.test`, role: 'Observer' } },
    );
    return inShared(scene, 'DELETE', `/invitations/${body.invitation.id}`);
  },
  listApplications: async ({ scene }) => inShared(scene, 'GET', '/applications'),
  createApplication: async ({ scene, role }) =>
    inShared(scene, 'POST', '/applications', { name: `App of the ${role}` }),
  getApplication: async ({ scene }) => inShared(scene, 'GET', appPath(scene, '')),
  updateApplication: async ({ scene, role }) =>
    inShared(scene, 'PATCH', appPath(scene, ''), { description: `Changed by the ${role}` }),
  deleteApplication: async ({ world, scene }) => {
    const applicationId = await newApplication(world, scene);
    return inShared(scene, 'DELETE', `/applications/${applicationId}`);
  },
  reissueClientSecret: async ({ scene }) =>
    inShared(scene, 'POST', appPath(scene, '/secret'), { overlapSeconds: 60 }),
  listSubscriptions: async ({ scene }) => inShared(scene, 'GET', appPath(scene, '/subscriptions')),
  subscribe: async ({ scene }) =>
    inShared(scene, 'PUT', appPath(scene, '/subscriptions/business-cards'), {
      planId: 'sandbox',
    }),
  unsubscribe: async ({ world, scene }) => {
    const applicationId = await newApplication(world, scene);
    const path = `/applications/${applicationId}/subscriptions/business-cards`;
    await world.call(
      scene.organisation.members.Owner,
      'PUT',
      orgPath(scene.organisation.id, path),
      { body: { planId: 'sandbox' } },
    );
    return inShared(scene, 'DELETE', path);
  },
  listWebhooks: async ({ scene }) => inShared(scene, 'GET', appPath(scene, '/webhooks')),
  registerWebhook: async ({ scene, role }) =>
    inShared(scene, 'POST', appPath(scene, '/webhooks'), {
      url: `https://hooks.partner.test/${role.toLowerCase()}`,
      events: ['quota.warning'],
    }),
  deleteWebhook: async ({ world, scene }) => {
    const webhookPath = await newWebhook(world, scene);
    return inShared(scene, 'DELETE', webhookPath);
  },
  listWebhookDeliveries: async ({ world, scene }) => {
    const webhookPath = await newWebhook(world, scene);
    return inShared(scene, 'GET', `${webhookPath}/deliveries?limit=5`);
  },
  sendWebhookTestEvent: async ({ world, scene }) => {
    const webhookPath = await newWebhook(world, scene);
    return inShared(scene, 'POST', `${webhookPath}/test-events`);
  },
  listAccessRequests: async ({ scene }) => inShared(scene, 'GET', '/access-requests'),
  submitAccessRequest: async (cell) => {
    const organisation = await ownOrShared(cell);
    return {
      organisation,
      method: 'POST',
      path: orgPath(organisation.id, '/access-requests'),
      body: {
        productId: 'business-cards',
        contactName: 'Irina Petrova',
        contactEmail: 'irina@partner.test',
        purpose: 'Production limits for our fleet cards',
      },
    };
  },
  getBankConnection: async ({ scene }) => inShared(scene, 'GET', '/bank-connection'),
  disconnectBank: async ({ scene }) => inShared(scene, 'DELETE', '/bank-connection'),
  startBankAuthorization: async ({ scene }) =>
    inShared(scene, 'POST', '/bank-connection/authorization'),
  listAuditEvents: async ({ scene }) => inShared(scene, 'GET', '/audit-events?limit=5'),
  exportAuditEvents: async ({ scene }) =>
    inShared(scene, 'GET', '/audit-events/export?action=organisation.created'),
  listRecentCalls: async ({ scene }) => inShared(scene, 'GET', appPath(scene, '/calls')),
  getAnalytics: async ({ scene }) =>
    inShared(scene, 'GET', `/analytics?granularity=day&applicationId=${scene.applicationId}`),
  listLimitChanges: async ({ scene }) => inShared(scene, 'GET', '/limit-changes?limit=5'),
  getLimitChange: async ({ world, scene }) => {
    const externalId = await world.limitChange(scene.organisation.id);
    return inShared(scene, 'GET', `/limit-changes/${externalId}`);
  },
  // One run per organisation and cooldown: each allowed role starts the run of an organisation
  // of its own.
  syncLimitChanges: async (cell) => {
    const organisation = await ownOrShared(cell);
    return { organisation, method: 'POST', path: orgPath(organisation.id, '/limit-changes/sync') };
  },
  getLimitChangeSyncRun: async ({ world, scene }) => {
    const runId = await world.syncRun(scene.organisation.id);
    return inShared(scene, 'GET', `/limit-changes/sync-runs/${runId}`);
  },
};

/** Whether the operation names, besides the organisation, something that belongs to it. */
export function namesAnOrganisationResource(request: CellRequest): boolean {
  return (
    /\/(applications|members|invitations|limit-changes)\/[^/?]+/.test(request.path) ||
    request.path.endsWith('/owner')
  );
}

/** The path of `suffix` under organisation `organisationId`. */
export function orgPath(organisationId: string, suffix: string): string {
  return `/v1/organizations/${organisationId}${suffix}`;
}

function inShared(scene: SharedScene, method: string, suffix: string, body?: unknown): CellRequest {
  return {
    organisation: scene.organisation,
    method,
    path: orgPath(scene.organisation.id, suffix),
    ...(body !== undefined && { body }),
  };
}

function appPath(scene: SharedScene, suffix: string): string {
  return `/applications/${scene.applicationId}${suffix}`;
}

async function newApplication(world: PortalApiWorld, scene: SharedScene): Promise<string> {
  const { body } = await world.call(
    scene.organisation.members.Owner,
    'POST',
    orgPath(scene.organisation.id, '/applications'),
    { body: { name: 'Short-lived' } },
  );
  return body.application.id;
}

/**
 * The path (under the organisation) of a webhook of a new application: an application holds a
 * few webhooks only, and the cells would otherwise fill the shared one.
 */
async function newWebhook(world: PortalApiWorld, scene: SharedScene): Promise<string> {
  const applicationId = await newApplication(world, scene);
  const webhooksPath = `/applications/${applicationId}/webhooks`;
  const { body } = await world.call(
    scene.organisation.members.Owner,
    'POST',
    orgPath(scene.organisation.id, webhooksPath),
    { body: { url: 'https://hooks.partner.test/devportal' } },
  );
  return `${webhooksPath}/${body.webhook.id}`;
}

/** A new organisation for an allowed cell that would change the shared one; the shared one otherwise. */
function ownOrShared(cell: Cell): Promise<TestOrganisation> {
  return cell.allowed ? cell.world.organisation() : Promise.resolve(cell.scene.organisation);
}
