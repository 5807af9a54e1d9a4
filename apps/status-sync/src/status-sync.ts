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
  /** Stop starting new pages after this long, so a Lambda finishes in time (240 s). */
  readonly maxDurationMs?: number;
}

const PAGE_SIZE = 100;

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
  const deadline = started + (options.maxDurationMs ?? 240_000);
  const limitChangeService = new LimitChangeService(deps);
  const checker = new DocumentChecker({ ...deps, limitChangeService, pauses: new ContourPauses() });
  const limit = pLimit(options.concurrency ?? 8);
  const budget = options.limit ?? 5000;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let handled = 0;

  if (options.organisationId === undefined) {
    const seen = new Set<string>();
    const keyOf = (due: DueLimitChange) => `${due.organisationId}/${due.externalId}`;
    while (handled < budget && performance.now() < deadline) {
      const fresh = (await limitChangeService.due(pageSize))
        .filter((due) => !seen.has(keyOf(due)))
        .slice(0, budget - handled);
      if (fresh.length === 0) break;
      for (const due of fresh) seen.add(keyOf(due));
      handled += fresh.length;
      await Promise.all(
        fresh.map((due) =>
          limit(() => checker.check(due.organisationId, due.externalId, { onlyIfDue: true })),
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
          limit(() => checker.check(organisationId, known.externalId, { onlyIfDue: false, known })),
        ),
      );
      cursor = page.nextCursor;
    } while (cursor && handled < budget && performance.now() < deadline);
  }

  const webhooks = deps.webhookDelivery
    ? await deliverDueWebhooks(deps.webhookDelivery, { concurrency: options.concurrency })
    : NO_DELIVERIES;
  const { failures, ...tallies } = checker.tallies;
  return {
    startedAt: startedAt.toISOString(),
    ...(options.organisationId !== undefined && { organisationId: options.organisationId }),
    ...tallies,
    durationMs: Math.round(performance.now() - started),
    webhooks,
    failures,
  };
}
