import type { LimitChangeSyncTrigger } from '@devportal/portal-api';
import type { SyncRunRepository } from '@devportal/portal-domain';
import {
  recordSyncRun,
  runStatusSync,
  type StatusSyncDependencies,
  timeLeftOfRun,
} from '@devportal/status-sync';

/** The local stack's manual sync: started in this process, reported into the run's record. */
export interface InProcessSyncTrigger extends LimitChangeSyncTrigger {
  /** Resolves once every run started so far has ended (the stack waits for them on close). */
  settled(): Promise<void>;
}

/**
 * A {@link LimitChangeSyncTrigger} for `pnpm start`: the run starts in this process and is not
 * awaited, so the request answers at once as Lambda's asynchronous invocation lets it in AWS;
 * the run writes its end into its record through the same `recordSyncRun` as the Lambda. The
 * local stack is one long-lived process, so a run going on after the answer is sound here.
 */
export function inProcessSyncTrigger(
  deps: StatusSyncDependencies,
  syncRuns: SyncRunRepository,
  onError: (error: unknown) => void,
): InProcessSyncTrigger {
  const inFlight = new Set<Promise<void>>();
  return {
    async start(requested) {
      const remainingTimeMs = timeLeftOfRun(requested, deps.clock);
      const run = recordSyncRun(syncRuns, deps.clock, requested, () =>
        runStatusSync(deps, {
          organisationId: requested.organisationId,
          ...(remainingTimeMs && { remainingTimeMs }),
        }),
      ).then(
        () => undefined,
        // recordSyncRun recorded the run failed; the stack's log says why.
        onError,
      );
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    },
    async settled() {
      await Promise.all(inFlight);
    },
  };
}
