import type { LimitChangeSyncTrigger, SyncRunRequest } from '../../src/index.js';

/**
 * A status sync standing in for `apps/status-sync`: it remembers the runs handed to it and
 * reports nothing (tests report for it through the sync-run repository, as the sync does).
 */
export class RecordingSyncTrigger implements LimitChangeSyncTrigger {
  /** The runs handed over, in order. */
  readonly started: SyncRunRequest[] = [];
  /** When set, the next hand-overs fail with this error (the function could not be invoked). */
  failure: Error | undefined;

  async start(run: SyncRunRequest): Promise<void> {
    if (this.failure) throw this.failure;
    this.started.push(run);
  }

  /** The organisations runs were handed over for. */
  get ranFor(): string[] {
    return this.started.map((run) => run.organisationId);
  }
}
