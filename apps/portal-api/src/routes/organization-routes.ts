import { pageOfList } from '../http/list-page.js';
import type { PortalServices } from '../portal-services.js';
import { organizationSummaryView, organizationView } from '../views/organization-views.js';
import {
  created,
  type HandlerTable,
  noContent,
  ok,
  pageRequestOf,
  pathParam,
  scopeOf,
} from './operation-call.js';

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
  return {
    async listOrganizations(call) {
      const mine = await services.organisations.listMine(call.actor);
      const page = pageOfList(mine, ({ organisation }) => organisation.id, pageRequestOf(call));
      return ok({
        ...page,
        items: page.items.map(({ organisation, role }) =>
          organizationSummaryView(organisation, role),
        ),
      });
    },
    async createOrganization(call) {
      const { name } = call.body as { name: string };
      const organisation = await services.organisations.create(call.actor, name);
      return created(organizationView(organisation, 'Owner', 1));
    },
    async getOrganization(call) {
      const cabinet = await services.organisations.cabinet(call.actor, pathParam(call, 'orgId'));
      return ok(organizationView(cabinet.organisation, cabinet.myRole, cabinet.members.length));
    },
    async renameOrganization(call) {
      const { name } = call.body as { name: string };
      const renamed = await services.organisations.rename(
        call.actor,
        pathParam(call, 'orgId'),
        name,
      );
      return ok(organizationView(renamed, scopeOf(call).membership.role));
    },
    async deleteOrganization(call) {
      await services.organisations.delete(call.actor, pathParam(call, 'orgId'));
      return noContent;
    },
  };
}
