import type { PortalServices } from '../portal-services.js';
import { created, type HandlerTable, noContent, ok, pageRequestOf } from './operation-call.js';

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
      return ok(await applications.list(call.scope, pageRequestOf(call)));
    },
    async createApplication(call) {
      return created(await applications.create(call.actor, call.scope, call.body));
    },
    async getApplication(call) {
      return ok(await applications.get(call.scope, call.path.appId));
    },
    async updateApplication(call) {
      return ok(await applications.update(call.actor, call.scope, call.path.appId, call.body));
    },
    async deleteApplication(call) {
      await applications.delete(call.actor, call.scope, call.path.appId);
      return noContent;
    },
    async reissueClientSecret(call) {
      return created(
        await applications.reissueSecret(
          call.actor,
          call.scope,
          call.path.appId,
          call.body?.overlapSeconds,
        ),
      );
    },
  };
}
