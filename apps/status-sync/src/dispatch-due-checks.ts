import { type DueLimitChange, LimitChangeService, PENDING_SHARDS } from '@devportal/portal-domain';
import pLimit from 'p-limit';
import { ContourPauses } from './contour-pauses.js';
import { DocumentChecker } from './document-checker.js';
import {
  CHECK_BATCH_SIZE,
  type ClaimedCheck,
  type LimitChangeCheckQueue,
} from './limit-change-check-queue.js';
import type { RunDeadline } from './run-deadline.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';

/**
 * How long a document dispatched to SQS stays claimed: longer than a backlog waits in the queue
 * (50,000 documents drain in well under it, README), short enough that a lost message only delays
 * its document. A message older than the claim finds a newer version and is dropped.
 */
export const QUEUED_CHECK_LEASE_MS = 15 * 60_000;

/** How a dispatch runs. */
export interface DispatchOptions {
  /** Says when to stop claiming (a {@link RunDeadline}, or the in-process run's own). */
  readonly deadline: Pick<RunDeadline, 'allowsStart'>;
  /** Claims the documents (and tallies the ones lost to another run). */
  readonly checker: DocumentChecker;
  readonly leaseMs: number;
  /** At most this many documents. */
  readonly limit: number;
  /** Due entries read per queue partition and page. */
  readonly pageSize: number;
  /** Documents per batch handed to the queue (at most {@link CHECK_BATCH_SIZE}). */
  readonly batchSize?: number;
  /** Batches being claimed and sent at once. */
  readonly parallelBatches: number;
}

/** What a dispatch did. */
export interface DispatchTallies {
  /** Documents claimed and handed to the queue. */
  readonly dispatched: number;
  /** Claimed but refused by the queue: they wait for their claim to lapse. */
  readonly notQueued: number;
  /** Listed but not claimed because the time was up. */
  readonly leftUndispatched: number;
  /** Whether every due document was listed (false: stopped by time, `limit`, or the store). */
  readonly listedAll: boolean;
}

/**
 * The scheduled run's first half: reads the due entries of the pending index (never a scan; each
 * partition page by page from where the last one ended),
 * claims each one (so an overlapping dispatch, or a manual run, skips it) and hands the claimed
 * ones to `queue` in batches. Stops claiming when the deadline says so.
 */
export async function dispatchDueChecks(
  deps: StatusSyncDependencies,
  queue: LimitChangeCheckQueue,
  options: DispatchOptions,
): Promise<DispatchTallies> {
  const batchSize = Math.min(options.batchSize ?? CHECK_BATCH_SIZE, CHECK_BATCH_SIZE);
  const batches = pLimit(options.parallelBatches);
  // Documents that fall due while the dispatch runs are the next run's.
  const now = deps.clock.now().toISOString();
  // Each partition is walked from where its last page ended: the index may still show entries
  // this dispatch has just claimed, and re-reading from the start would find only those.
  const shards = Array.from({ length: PENDING_SHARDS }, (_, shard) => ({
    shard,
    after: undefined as DueLimitChange | undefined,
    done: false,
  }));
  let listed = 0;
  let dispatched = 0;
  let notQueued = 0;
  let leftUndispatched = 0;
  let cutByLimit = false;

  const dispatch = (batch: readonly DueLimitChange[]) =>
    batches(async () => {
      if (!options.deadline.allowsStart()) {
        leftUndispatched += batch.length;
        return;
      }
      const claims = await Promise.all(
        batch.map((due) =>
          options.checker.claim(due, options.leaseMs).catch((error: unknown) => {
            options.checker.recordStorageFailure(due.organisationId, due.externalId, error);
            return undefined;
          }),
        ),
      );
      const claimed: ClaimedCheck[] = claims.flatMap((claim) => (claim ? [claim] : []));
      if (claimed.length === 0) return;
      try {
        await queue.send(claimed);
        dispatched += claimed.length;
      } catch {
        notQueued += claimed.length;
      }
    });

  while (listed < options.limit && options.deadline.allowsStart()) {
    const open = shards.filter((cursor) => !cursor.done);
    if (open.length === 0) break;
    // A store lost after some work ends the listing with a report of that work (incomplete);
    // one unreachable from the start fails the run, as there is nothing to report.
    const pages = await Promise.all(
      open.map((cursor) =>
        deps.limitChanges.listDue(cursor.shard, now, options.pageSize, cursor.after),
      ),
    ).catch((error: unknown) => {
      if (listed === 0) throw error;
      return undefined;
    });
    if (pages === undefined) break;
    open.forEach((cursor, index) => {
      const page = pages[index] ?? [];
      cursor.after = page.at(-1) ?? cursor.after;
      cursor.done = page.length < options.pageSize;
    });
    const due = pages.flat().sort((a, b) => a.nextCheckAt.localeCompare(b.nextCheckAt));
    const fresh = due.slice(0, options.limit - listed);
    cutByLimit ||= fresh.length < due.length;
    listed += fresh.length;
    const pageBatches: DueLimitChange[][] = [];
    for (let start = 0; start < fresh.length; start += batchSize) {
      pageBatches.push(fresh.slice(start, start + batchSize));
    }
    await Promise.all(pageBatches.map(dispatch));
  }
  return {
    dispatched,
    notQueued,
    leftUndispatched,
    listedAll: shards.every((cursor) => cursor.done) && !cutByLimit,
  };
}

/** What a scheduled dispatch to the queue did (the checks themselves report from the workers). */
export interface DispatchReport extends DispatchTallies {
  readonly startedAt: string;
  /** Due documents another run claimed or changed first (left to it). */
  readonly raced: number;
  /** Documents the store failed to claim (they stay due). */
  readonly failed: number;
  /** Whether everything due was listed, claimed and queued. */
  readonly complete: boolean;
  readonly durationMs: number;
}

/** How a scheduled dispatch runs. */
export interface ScheduledDispatchOptions {
  readonly deadline: Pick<RunDeadline, 'allowsStart'>;
  /** At most this many documents (50,000). */
  readonly limit?: number;
  /** Due entries read per queue partition and page (250). */
  readonly pageSize?: number;
}

/**
 * The schedule's run in AWS: every due document claimed for {@link QUEUED_CHECK_LEASE_MS} and
 * queued for the workers, bounded by `deadline`; nothing is asked of the bank here.
 */
export async function dispatchToQueue(
  deps: StatusSyncDependencies,
  queue: LimitChangeCheckQueue,
  options: ScheduledDispatchOptions,
): Promise<DispatchReport> {
  const startedAt = deps.clock.now();
  const started = performance.now();
  const checker = new DocumentChecker({
    ...deps,
    limitChangeService: new LimitChangeService(deps),
    pauses: new ContourPauses(),
    // Claims only: the dispatcher never asks the bank.
    checkTimeoutMs: 0,
  });
  const tallies = await dispatchDueChecks(deps, queue, {
    deadline: options.deadline,
    checker,
    leaseMs: QUEUED_CHECK_LEASE_MS,
    limit: options.limit ?? 50_000,
    pageSize: options.pageSize ?? 250,
    parallelBatches: 8,
  });
  const { raced, failed } = checker.tallies;
  return {
    startedAt: startedAt.toISOString(),
    ...tallies,
    raced,
    failed,
    complete: tallies.listedAll && tallies.leftUndispatched === 0 && tallies.notQueued === 0,
    durationMs: Math.round(performance.now() - started),
  };
}
