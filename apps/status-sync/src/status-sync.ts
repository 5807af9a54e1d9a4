import { type DueLimitChange, LimitChangeService } from '@devportal/portal-domain';
import pLimit from 'p-limit';
import { ContourPauses } from './contour-pauses.js';
import { deliverDueWebhooks } from './deliver-webhooks.js';
import { DocumentChecker } from './document-checker.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import { NO_DELIVERIES, type StatusSyncReport } from './status-sync-report.js';

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
   * Start no check after this long, so the run answers in time: 240 s for the schedule (within
   * the Lambda's timeout), {@link MANUAL_RUN_MAX_DURATION_MS} for one organisation.
   */
  readonly maxDurationMs?: number;
}

const PAGE_SIZE = 100;

/**
 * The bound of a manual run: the portal API waits for it synchronously and API Gateway gives up
 * after 29 s, so a run of one organisation stops starting checks after 20 s (the in-flight ones
 * and the webhook delivery still fit) and reports what it left; the schedule covers the rest.
 */
export const MANUAL_RUN_MAX_DURATION_MS = 20_000;

/**
 * One status sync run: reads the pending index (never scans), asks the bank for each
 * due document's state with bounded concurrency, records transitions with
 * version-conditioned writes, publishes them for webhooks, then delivers the due
 * webhook events. The scheduled run and the manual per-organisation trigger are the
 * same function.
 *
 * @example
 * const report = await runStatusSync(deps);                          // the schedule
 * const mine = await runStatusSync(deps, { organisationId: orgId }); // "sync now"
 */
export async function runStatusSync(
  deps: StatusSyncDependencies,
  options: StatusSyncOptions = {},
): Promise<StatusSyncReport> {
  const startedAt = deps.clock.now();
  const started = performance.now();
  const manual = options.organisationId !== undefined;
  const deadline =
    started + (options.maxDurationMs ?? (manual ? MANUAL_RUN_MAX_DURATION_MS : 240_000));
  const limitChangeService = new LimitChangeService(deps);
  const checker = new DocumentChecker({ ...deps, limitChangeService, pauses: new ContourPauses() });
  const limit = pLimit(options.concurrency ?? 8);
  const budget = options.limit ?? 5000;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let handled = 0;
  let leftUnchecked = 0;
  // Whether documents were left unlisted: due entries or pages of the organisation not read.
  let stoppedEarly = true;
  // A check queued behind slower ones starts only while there is time left for it.
  const checkInTime = (check: () => Promise<void>) =>
    limit(() => {
      if (performance.now() < deadline) return check();
      leftUnchecked += 1;
      return Promise.resolve();
    });
  // A store failing under one check fails that document, not the run: the other checks finish
  // and the run reports (the document stays due and a later run checks it again).
  const checkOrFail = (organisationId: string, externalId: string, check: () => Promise<void>) =>
    checkInTime(() =>
      check().catch((error: unknown) =>
        checker.recordStorageFailure(organisationId, externalId, error),
      ),
    );

  if (options.organisationId === undefined) {
    const seen = new Set<string>();
    const keyOf = (due: DueLimitChange) => `${due.organisationId}/${due.externalId}`;
    while (handled < budget && performance.now() < deadline) {
      // A store lost after some work ends the listing with a report of that work (incomplete);
      // one unreachable from the start fails the run, as there is nothing to report.
      const page = await limitChangeService.due(pageSize).catch((error: unknown) => {
        if (handled === 0) throw error;
        return undefined;
      });
      if (page === undefined) break;
      const fresh = page.filter((due) => !seen.has(keyOf(due))).slice(0, budget - handled);
      if (fresh.length === 0) {
        stoppedEarly = false;
        break;
      }
      for (const due of fresh) seen.add(keyOf(due));
      handled += fresh.length;
      await Promise.all(
        fresh.map((due) =>
          checkOrFail(due.organisationId, due.externalId, () =>
            checker.check(due.organisationId, due.externalId, { onlyIfDue: true }),
          ),
        ),
      );
    }
  } else {
    const { organisationId } = options;
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
        followed.map((known) =>
          checkOrFail(organisationId, known.externalId, () =>
            checker.check(organisationId, known.externalId, { onlyIfDue: false, known }),
          ),
        ),
      );
      cursor = page.nextCursor;
    } while (cursor && handled < budget && performance.now() < deadline);
    stoppedEarly = cursor !== undefined;
  }

  const webhooks = deps.webhookDelivery
    ? await deliverDueWebhooks(deps.webhookDelivery, { concurrency: options.concurrency })
    : NO_DELIVERIES;
  const { failures, ...tallies } = checker.tallies;
  return {
    startedAt: startedAt.toISOString(),
    ...(options.organisationId !== undefined && { organisationId: options.organisationId }),
    ...tallies,
    // Not reached in time: still pending, and still due for the schedule.
    stillPending: tallies.stillPending + leftUnchecked,
    leftUnchecked,
    complete: leftUnchecked === 0 && !stoppedEarly,
    durationMs: Math.round(performance.now() - started),
    webhooks,
    failures,
  };
}
