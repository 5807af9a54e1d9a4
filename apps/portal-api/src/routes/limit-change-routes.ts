import type { Clock } from '@devportal/portal-domain';
import { httpProblem, ProblemError } from '../http/problem.js';
import type { PortalServices } from '../portal-services.js';
import { limitChangeView } from '../views/limit-change-view.js';
import { syncRunView } from '../views/sync-run-view.js';
import { accepted, type HandlerTable, ok, pageRequestOf } from './operation-call.js';

type LimitChangeOperations =
  | 'listLimitChanges'
  | 'getLimitChange'
  | 'syncLimitChanges'
  | 'getLimitChangeSyncRun';

/** The organisation's limit-change requests, their state histories, and status syncs on demand. */
export function limitChangeRoutes(
  services: PortalServices,
): Pick<HandlerTable, LimitChangeOperations> {
  const { limitChanges, limitChangeSync, limitChangeSyncRuns, clock } = services;
  return {
    async listLimitChanges(call) {
      const page = await limitChanges.list(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(limitChangeView) });
    },
    async getLimitChange(call) {
      const record = await limitChanges.get(call.scope, call.path.externalId);
      return ok(limitChangeView(record));
    },
    async syncLimitChanges(call) {
      // The pipeline authorised limitChange.sync for this member; the sync acts as itself.
      const organisationId = call.scope.organisation.id;
      const outcome = await limitChangeSyncRuns.start(organisationId, call.actor.userId);
      if ('refused' in outcome) {
        throw new ProblemError(
          httpProblem('sync_run_busy', {
            headers: { 'retry-after': String(secondsUntil(outcome.refused.retryAt, clock)) },
          }),
        );
      }
      const run = outcome.started;
      try {
        await limitChangeSync.start({
          organisationId,
          runId: run.runId,
          deadlineAt: run.deadlineAt,
        });
      } catch (error) {
        // Nothing will report this run: it must not hold the organisation until its deadline.
        await limitChangeSyncRuns.abandon(organisationId, run.runId);
        throw new ProblemError(httpProblem('status_sync_failed'), { cause: error });
      }
      return accepted(syncRunView(run), {
        location: `/v1/organizations/${organisationId}/limit-changes/sync-runs/${run.runId}`,
      });
    },
    async getLimitChangeSyncRun(call) {
      const run = await limitChangeSyncRuns.get(call.scope.organisation.id, call.path.runId);
      return ok(syncRunView(run));
    },
  };
}

/** Whole seconds from now until `at`, at least 1 (what `Retry-After` can say). */
function secondsUntil(at: Date, clock: Clock): number {
  return Math.max(1, Math.ceil((at.getTime() - clock.now().getTime()) / 1000));
}
