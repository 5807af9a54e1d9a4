import { httpProblem, ProblemError } from '../http/problem.js';
import { syncReportOf } from '../limit-changes/limit-change-sync-trigger.js';
import type { PortalServices } from '../portal-services.js';
import { limitChangeView } from '../views/limit-change-view.js';
import { type HandlerTable, ok, pageRequestOf, pathParam, scopeOf } from './operation-call.js';

type LimitChangeOperations = 'listLimitChanges' | 'getLimitChange' | 'syncLimitChanges';

/** The organisation's limit-change requests, their state histories, and a status sync on demand. */
export function limitChangeRoutes(
  services: PortalServices,
): Pick<HandlerTable, LimitChangeOperations> {
  const { limitChanges, limitChangeSync } = services;
  return {
    async listLimitChanges(call) {
      const page = await limitChanges.list(call.actor, scopeOf(call), pageRequestOf(call));
      return ok({ ...page, items: page.items.map(limitChangeView) });
    },
    async getLimitChange(call) {
      const record = await limitChanges.get(
        call.actor,
        scopeOf(call),
        pathParam(call, 'externalId'),
      );
      return ok(limitChangeView(record));
    },
    async syncLimitChanges(call) {
      // The pipeline authorised limitChange.sync for this member; the sync acts as itself.
      try {
        return ok(syncReportOf(await limitChangeSync.trigger(scopeOf(call).organisation.id)));
      } catch (error) {
        throw new ProblemError(httpProblem('status_sync_failed'), { cause: error });
      }
    },
  };
}
