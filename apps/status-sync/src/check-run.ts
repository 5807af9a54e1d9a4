import { LimitChangeService } from '@devportal/portal-domain';
import pLimit from 'p-limit';
import { ContourPauses } from './contour-pauses.js';
import { DocumentChecker, MAX_PAUSE_WAIT_MS } from './document-checker.js';
import type { ClaimedCheck } from './limit-change-check-queue.js';
import type { RunDeadline } from './run-deadline.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport } from './status-sync-report.js';

/** Longest one bank call of a check may take by default before it is abandoned. */
export const CHECK_TIMEOUT_MS = 10_000;

/** Kept back after the last check for its record write, the lag query and the metrics. */
export const ENDING_MARGIN_MS = 2_000;

/**
 * The margin a run keeps before its invocation's deadline when checks take at most
 * `checkTimeoutMs`: a paused contour's wait, the check's bank call, then the ending.
 */
export function checkStopMarginMs(checkTimeoutMs: number): number {
  return MAX_PAUSE_WAIT_MS + checkTimeoutMs + ENDING_MARGIN_MS;
}

/** How a {@link CheckRun} runs. */
export interface CheckRunOptions {
  readonly deadline: RunDeadline;
  /** Documents handled at once, bank call included. */
  readonly concurrency: number;
  readonly checkTimeoutMs: number;
}

/**
 * One invocation's checking: the documents it handles share a concurrency limit, the contour
 * pauses and the tallies, and none starts once the deadline says stop (those are counted as left
 * unchecked, and stay with the schedule).
 */
export class CheckRun {
  readonly checker: DocumentChecker;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly startedAt: Date;
  private readonly started = performance.now();
  private leftUnchecked = 0;

  constructor(
    deps: StatusSyncDependencies,
    private readonly options: CheckRunOptions,
  ) {
    this.startedAt = deps.clock.now();
    this.limit = pLimit(options.concurrency);
    this.checker = new DocumentChecker({
      ...deps,
      limitChangeService: new LimitChangeService(deps),
      pauses: new ContourPauses(),
      checkTimeoutMs: options.checkTimeoutMs,
    });
  }

  /** Whether there is still time to start a document. */
  allowsStart(): boolean {
    return this.options.deadline.allowsStart();
  }

  /**
   * Runs `check` of one document when a slot frees, if there is still time then; resolves
   * whether it was done. A store failing under it fails that document, not the run (counted,
   * and the document stays due for a later run).
   */
  inTime(organisationId: string, externalId: string, check: () => Promise<void>): Promise<boolean> {
    return this.limit(async () => {
      if (!this.allowsStart()) {
        this.leftUnchecked += 1;
        return false;
      }
      try {
        await check();
        return true;
      } catch (error) {
        this.checker.recordStorageFailure(organisationId, externalId, error);
        return false;
      }
    });
  }

  /** Counts `count` documents listed but not reached in time (they stay due). */
  leave(count: number): void {
    this.leftUnchecked += count;
  }

  /**
   * Checks documents a dispatcher claimed; resolves those not done (to hand back for a retry). A
   * claim handed over twice at once (one message delivered twice in a batch) is checked once,
   * the bank asked once; the copy counts as raced and is done when its original is.
   */
  async checkDispatched(checks: readonly ClaimedCheck[]): Promise<ClaimedCheck[]> {
    const checking = new Map<string, Promise<boolean>>();
    const done = await Promise.all(
      checks.map((claim) => {
        const key = JSON.stringify([claim.organisationId, claim.externalId, claim.version]);
        const original = checking.get(key);
        if (original) {
          this.checker.countRaced();
          return original;
        }
        const check = this.inTime(claim.organisationId, claim.externalId, () =>
          this.checker.checkDispatched(claim),
        );
        checking.set(key, check);
        return check;
      }),
    );
    return checks.filter((_, index) => !done[index]);
  }

  /** The run's report; `listedAll` says whether it covered everything it was meant to. */
  report(listedAll: boolean, organisationId?: string): StatusSyncReport {
    const { failures, ...tallies } = this.checker.tallies;
    return {
      startedAt: this.startedAt.toISOString(),
      ...(organisationId !== undefined && { organisationId }),
      ...tallies,
      // Not reached in time: still pending, and still due for the schedule.
      stillPending: tallies.stillPending + this.leftUnchecked,
      leftUnchecked: this.leftUnchecked,
      complete: this.leftUnchecked === 0 && listedAll,
      durationMs: Math.round(performance.now() - this.started),
      failures,
    };
  }
}
