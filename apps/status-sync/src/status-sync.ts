import { CHECK_TIMEOUT_MS, CheckRun, checkStopMarginMs } from './check-run.js';
import { dispatchDueChecks } from './dispatch-due-checks.js';
import { inProcessCheckQueue } from './in-process-check-queue.js';
import { RunDeadline } from './run-deadline.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport } from './status-sync-report.js';

/** What one run covers and how hard it pushes. */
export interface StatusSyncOptions {
  /**
   * Check this organisation's followed documents now, due or not (the manual
   * trigger); without it, the documents due in the pending index (the schedule).
   */
  readonly organisationId?: string;
  /** At most this many documents (5000). */
  readonly limit?: number;
  /** Documents handled at once, bank call included (8). */
  readonly concurrency?: number;
  /** Due entries read per queue partition and page (100). */
  readonly pageSize?: number;
  /**
   * The invocation's time left (Lambda's `context.getRemainingTimeInMillis`): no check starts
   * once less than the stop margin (a check's bank call, its write, the ending) is left.
   */
  readonly remainingTimeMs?: () => number;
  /** Start no check after this long (unbounded but by `remainingTimeMs` when omitted). */
  readonly maxDurationMs?: number;
  /** A bank call abandoned after this long counts as a failed check ({@link CHECK_TIMEOUT_MS}). */
  readonly checkTimeoutMs?: number;
}

const PAGE_SIZE = 100;

/**
 * How long a document claimed by an in-process run stays claimed: the check follows its claim
 * at once, so this only matters when the process dies between the two.
 */
export const IN_PROCESS_CHECK_LEASE_MS = 60_000;

/** A manual run leaves alone a document checked this recently (by any run). */
export const MANUAL_RUN_FRESHNESS_MS = 30_000;

/**
 * One status sync run in this process: claims each document it checks (a conditional update, so
 * an overlapping run skips it), asks the bank with bounded concurrency and a bounded call, and
 * records transitions on the claimed version, publishing them for webhooks. The schedule's run
 * reads the pending index (never a scan) and goes through the same dispatcher and worker as in
 * AWS, the queue being in process; the manual run reads one organisation's documents.
 * Webhooks are delivered apart (`deliverDueWebhooks`), so a dead receiver never holds a run up.
 *
 * @example
 * const report = await runStatusSync(deps);                          // the schedule
 * const mine = await runStatusSync(deps, { organisationId: orgId }); // "sync now"
 */
export async function runStatusSync(
  deps: StatusSyncDependencies,
  options: StatusSyncOptions = {},
): Promise<StatusSyncReport> {
  const checkTimeoutMs = options.checkTimeoutMs ?? CHECK_TIMEOUT_MS;
  const concurrency = options.concurrency ?? 8;
  const { maxDurationMs } = options;
  const run = new CheckRun(deps, {
    deadline: new RunDeadline({
      marginMs: checkStopMarginMs(checkTimeoutMs),
      ...(options.remainingTimeMs && { remainingTimeMs: options.remainingTimeMs }),
      ...(maxDurationMs !== undefined && { maxDurationMs }),
    }),
    concurrency,
    checkTimeoutMs,
  });
  const budget = options.limit ?? 5000;
  const pageSize = options.pageSize ?? PAGE_SIZE;

  if (options.organisationId === undefined) {
    const { listedAll, leftUndispatched } = await dispatchDueChecks(
      deps,
      inProcessCheckQueue((checks) => run.checkDispatched(checks)),
      {
        deadline: run,
        checker: run.checker,
        leaseMs: IN_PROCESS_CHECK_LEASE_MS,
        limit: budget,
        pageSize,
        batchSize: concurrency,
        // Two batches at once keep every slot busy while one batch's slowest check ends.
        parallelBatches: 2,
      },
    );
    run.leave(leftUndispatched);
    return run.report(listedAll);
  }

  const { organisationId } = options;
  let handled = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.limitChanges.list(organisationId, {
      limit: pageSize,
      ...(cursor && { cursor }),
    });
    const followed = page.items
      .filter((record) => record.nextCheckAt !== undefined)
      .slice(0, budget - handled);
    handled += followed.length;
    await Promise.all(
      followed.map((read) =>
        run.inTime(organisationId, read.externalId, () =>
          run.checker.claimAndCheck(read, {
            leaseMs: IN_PROCESS_CHECK_LEASE_MS,
            freshForMs: MANUAL_RUN_FRESHNESS_MS,
          }),
        ),
      ),
    );
    cursor = page.nextCursor;
  } while (cursor && handled < budget && run.allowsStart());
  return run.report(cursor === undefined, organisationId);
}
