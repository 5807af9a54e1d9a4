export type { LimitChangeSyncReport } from '@devportal/portal-domain';

/** A run the portal recorded (see `SyncRunService`) and hands to the status sync. */
export interface SyncRunRequest {
  readonly organisationId: string;
  readonly runId: string;
  /** The run's deadline: the sync starts no check it could not report before it. */
  readonly deadlineAt: string;
}

/**
 * Starts the status sync of one organisation for a recorded run, without waiting for it: the sync
 * writes its report into the run (`apps/status-sync`'s `sync-run-record.ts`), where members read
 * it. Resolves once the run is handed over; rejects when it could not be. A port because the sync
 * is another deployable: AWS invokes its Lambda asynchronously (`lambdaSyncTrigger`), the local
 * stack starts it in process.
 */
export interface LimitChangeSyncTrigger {
  start(run: SyncRunRequest): Promise<void>;
}
