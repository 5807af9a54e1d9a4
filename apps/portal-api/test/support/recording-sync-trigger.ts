import type { LimitChangeSyncReport, LimitChangeSyncTrigger } from '../../src/index.js';

/** A status sync standing in for `apps/status-sync`: it remembers whom it ran for and reports. */
export class RecordingSyncTrigger implements LimitChangeSyncTrigger {
  /** The organisations it ran for, in order. */
  readonly ranFor: string[] = [];
  /** What the next runs report. */
  report: LimitChangeSyncReport = {
    checked: 3,
    changed: 1,
    failed: 0,
    stillPending: 2,
    waitingForSignature: 1,
    durationMs: 42,
  };

  async trigger(organisationId: string): Promise<LimitChangeSyncReport> {
    this.ranFor.push(organisationId);
    // A real sync may say more than the contract shows; the API must pass on only the report.
    return { ...this.report, organisationId } as LimitChangeSyncReport;
  }
}
