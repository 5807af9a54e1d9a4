import type { PortalServices } from '../portal-services.js';
import { organizationSummaryView, organizationView } from '../views/organization-views.js';
import { created, type HandlerTable, noContent, ok, pageRequestOf } from './operation-call.js';

type OrganizationOperations =
  | 'listOrganizations'
  | 'createOrganization'
  | 'getOrganization'
  | 'renameOrganization'
  | 'deleteOrganization';

/** Organisations: mine, a new one, its cabinet, renaming and deleting it. */
export function organizationRoutes(
  services: PortalServices,
): Pick<HandlerTable, OrganizationOperations> {
  const { organisations } = services;
  return {
    async listOrganizations(call) {
      const page = await organisations.listMine(call.actor, pageRequestOf(call));
      return ok({
        ...page,
        items: page.items.map(({ organisation, role }) =>
          organizationSummaryView(organisation, role),
        ),
      });
    },
    async createOrganization(call) {
      const organisation = await organisations.create(call.actor, call.body.name);
      return created(organizationView(organisation, 'Owner', 1));
    },
    async getOrganization(call) {
      const cabinet = await organisations.cabinet(call.scope);
      return ok(organizationView(cabinet.organisation, cabinet.myRole, cabinet.memberCount));
    },
    async renameOrganization(call) {
      const scope = call.scope;
      const renamed = await organisations.rename(call.actor, scope, call.body.name);
      return ok(organizationView(renamed, scope.membership.role));
    },
    async deleteOrganization(call) {
      await organisations.delete(call.actor, call.scope);
      return noContent;
    },
  };
}
