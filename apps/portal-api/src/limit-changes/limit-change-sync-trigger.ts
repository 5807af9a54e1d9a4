/** What one run of the status sync did, as `apps/status-sync` reports it. */
export interface LimitChangeSyncReport {
  /** Requests whose state was asked of the bank. */
  readonly checked: number;
  /** Requests whose state changed. */
  readonly changed: number;
  /** Requests the bank could not be asked about (the schedule retries them). */
  readonly failed: number;
  /** Requests not yet in a final state afterwards. */
  readonly stillPending: number;
  /** Requests saved at the bank but waiting for a signature in its UI. */
  readonly waitingForSignature: number;
  readonly durationMs: number;
}

/**
 * Runs the status sync for one organisation now and resolves its report; rejects when the sync
 * could not run. A port because the sync is another deployable: the local stack calls it in
 * process, AWS invokes its Lambda (see `lambdaSyncTrigger`).
 */
export interface LimitChangeSyncTrigger {
  trigger(organisationId: string): Promise<LimitChangeSyncReport>;
}

const REPORT_FIELDS = [
  'checked',
  'changed',
  'failed',
  'stillPending',
  'waitingForSignature',
  'durationMs',
] as const satisfies readonly (keyof LimitChangeSyncReport)[];

/**
 * The report in `value`, with nothing but its fields (a sync may say more than the contract
 * shows); throws when `value` is not a report.
 */
export function syncReportOf(value: unknown): LimitChangeSyncReport {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (!REPORT_FIELDS.every((field) => Number.isInteger(fields[field]))) {
    throw new Error('The status sync answered something other than its report');
  }
  return Object.fromEntries(
    REPORT_FIELDS.map((field) => [field, fields[field]]),
  ) as unknown as LimitChangeSyncReport;
}
