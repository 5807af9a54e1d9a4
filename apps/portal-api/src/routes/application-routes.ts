import type { PortalServices } from '../portal-services.js';
import {
  created,
  type HandlerTable,
  noContent,
  ok,
  pageRequestOf,
  pathParam,
  scopeOf,
} from './operation-call.js';

type ApplicationOperations =
  | 'listApplications'
  | 'createApplication'
  | 'getApplication'
  | 'updateApplication'
  | 'deleteApplication'
  | 'reissueClientSecret';

/** Applications and their credentials: the Client Secret leaves only in create and re-issue. */
export function applicationRoutes(
  services: PortalServices,
): Pick<HandlerTable, ApplicationOperations> {
  const { applications } = services;
  return {
    async listApplications(call) {
      return ok(await applications.list(call.actor, scopeOf(call), pageRequestOf(call)));
    },
    async createApplication(call) {
      const input = call.body as { name: string; description?: string };
      return created(await applications.create(call.actor, scopeOf(call), input));
    },
    async getApplication(call) {
      return ok(await applications.get(call.actor, scopeOf(call), pathParam(call, 'appId')));
    },
    async updateApplication(call) {
      const update = call.body as { name?: string; description?: string };
      return ok(
        await applications.update(call.actor, scopeOf(call), pathParam(call, 'appId'), update),
      );
    },
    async deleteApplication(call) {
      await applications.delete(call.actor, scopeOf(call), pathParam(call, 'appId'));
      return noContent;
    },
    async reissueClientSecret(call) {
      const { overlapSeconds } = (call.body ?? {}) as { overlapSeconds?: number };
      return created(
        await applications.reissueSecret(
          call.actor,
          scopeOf(call),
          pathParam(call, 'appId'),
          overlapSeconds,
        ),
      );
    },
  };
}
