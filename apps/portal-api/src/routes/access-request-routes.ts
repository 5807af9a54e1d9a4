import type { PortalServices } from '../portal-services.js';
import { accessRequestView } from '../views/access-request-view.js';
import { created, type HandlerTable, ok, pageRequestOf } from './operation-call.js';

type AccessRequestOperations =
  | 'listAccessRequests'
  | 'submitAccessRequest'
  | 'listAccessRequestsForReview'
  | 'decideAccessRequest';

/** Access requests for confidential products: organisations submit, bank operators decide. */
export function accessRequestRoutes(
  services: PortalServices,
): Pick<HandlerTable, AccessRequestOperations> {
  const { accessRequests } = services;
  return {
    async listAccessRequests(call) {
      const page = await accessRequests.listForOrganisation(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(accessRequestView) });
    },
    async submitAccessRequest(call) {
      const request = await accessRequests.submit(call.actor, call.scope, call.body);
      return created(accessRequestView(request));
    },
    async listAccessRequestsForReview(call) {
      const page = await accessRequests.listForReview(
        call.actor,
        call.query.status,
        pageRequestOf(call),
      );
      return ok({ ...page, items: page.items.map(accessRequestView) });
    },
    async decideAccessRequest(call) {
      const decided = await accessRequests.decide(call.actor, call.path.requestId, call.body);
      return ok(accessRequestView(decided));
    },
  };
}
