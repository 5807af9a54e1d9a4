import { withDeadline } from '@devportal/http-transport';
import {
  AWAITING_SIGNATURE_STATE,
  type CheckClaimTarget,
  type CheckedLimitChange,
  type CheckRecording,
  type Clock,
  type DomainCrypto,
  isFinalState,
  LimitChangeChecks,
  type LimitChangeRepository,
  type LimitChangeService,
  limitChangeStateChanged,
  STATUS_SYNC_ACTOR,
  type WebhookOutbox,
} from '@devportal/portal-domain';
import { bankFailureOf } from './bank-failure.js';
import type { BankStateReader } from './bank-state-reader.js';
import type { ContourPauses } from './contour-pauses.js';
import type { ClaimedCheck } from './limit-change-check-queue.js';
import type { SyncFailure } from './status-sync-report.js';

/** A paused contour shorter than this is waited for; a longer one reschedules its documents. */
export const MAX_PAUSE_WAIT_MS = 1_000;

const MAX_REPORTED_FAILURES = 20;

/** What {@link DocumentChecker} runs on. */
export interface DocumentCheckerDependencies {
  readonly limitChanges: LimitChangeRepository;
  /** Records what the bank said, on the version read before asking it. */
  readonly limitChangeService: LimitChangeService;
  readonly bank: BankStateReader;
  readonly outbox: WebhookOutbox;
  readonly pauses: ContourPauses;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Longest a bank call may take before it is abandoned (a failed check). */
  readonly checkTimeoutMs: number;
}

/** The running tallies of one sync run. */
export interface CheckTallies {
  checked: number;
  changed: number;
  reachedFinal: number;
  failed: number;
  abandoned: number;
  deferred: number;
  raced: number;
  stillPending: number;
  waitingForSignature: number;
  failures: SyncFailure[];
}

/**
 * Checks one document at the bank and records what it says. A document is claimed before the
 * bank is asked (a conditional update moving its next check a lease ahead), so of two runs over
 * the same due document only one asks; the answer is written on the claimed version, so it can
 * never be applied over a newer one either.
 */
export class DocumentChecker {
  readonly tallies: CheckTallies = {
    checked: 0,
    changed: 0,
    reachedFinal: 0,
    failed: 0,
    abandoned: 0,
    deferred: 0,
    raced: 0,
    stillPending: 0,
    waitingForSignature: 0,
    failures: [],
  };
  private readonly checks: LimitChangeChecks;

  constructor(private readonly deps: DocumentCheckerDependencies) {
    this.checks = new LimitChangeChecks(deps);
  }

  /**
   * Claims `read` (a followed document as some read of it showed it) for `leaseMs`, then checks
   * it: of two runs holding the same read, one wins the claim and asks the bank; the other
   * counts it as raced. Used by runs that check in process (the manual run of an organisation).
   * A document some run claimed less than `freshForMs` ago (being checked, or just checked) is
   * counted as raced unasked: a manual run started beside the schedule, or clicked twice, does not
   * ask the bank twice in a row. The read's last check skips most such documents without a write;
   * the claim's condition catches the ones claimed since the read.
   */
  async claimAndCheck(
    read: CheckedLimitChange,
    { leaseMs, freshForMs }: { readonly leaseMs: number; readonly freshForMs: number },
  ): Promise<void> {
    const { nextCheckAt, lastCheckedAt } = read;
    if (nextCheckAt === undefined) return;
    const freshSince = this.deps.clock.now().getTime() - freshForMs;
    if (lastCheckedAt !== undefined && Date.parse(lastCheckedAt) > freshSince) {
      this.countRaced();
      return;
    }
    const claimed = await this.claim({ ...read, nextCheckAt }, leaseMs, freshSince);
    if (claimed) await this.checkClaimed(claimed);
  }

  /**
   * Claims the document read as `target` for `leaseMs` (its next check moved that far ahead, its
   * version on by one); the claimed record, or `undefined` (counted as raced) when another run
   * claimed or changed it first, or claimed it after `unlessClaimedAfter` (epoch ms).
   */
  async claim<T extends CheckClaimTarget>(
    target: T,
    leaseMs: number,
    unlessClaimedAfter?: number,
  ): Promise<(T & { readonly nextCheckAt: string }) | undefined> {
    const now = this.deps.clock.now();
    const nextCheckAt = new Date(now.getTime() + leaseMs).toISOString();
    const lease = {
      at: now.toISOString(),
      until: nextCheckAt,
      ...(unlessClaimedAfter !== undefined && {
        unlessClaimedAfter: new Date(unlessClaimedAfter).toISOString(),
      }),
    };
    if (await this.deps.limitChanges.claim(target, lease)) {
      return { ...target, nextCheckAt, version: target.version + 1 };
    }
    this.tallies.raced += 1;
    return undefined;
  }

  /**
   * Checks a document a dispatcher claimed, from what the claim carries (nothing is read): its
   * answer is recorded only on the claimed version, so a repeated or outdated message, whose
   * version another check has moved on, is dropped as raced when it writes.
   */
  checkDispatched(claim: ClaimedCheck): Promise<void> {
    return this.checkClaimed(claim);
  }

  /** Counts a document left to another check of the same claim. */
  countRaced(): void {
    this.tallies.raced += 1;
  }

  /**
   * Asks the bank about a document this run holds the claim of (`record` at the claimed version)
   * and records the answer on that version. The bank call is abandoned after `checkTimeoutMs`
   * (a failure, backed off), so a check always ends within the run's margin.
   */
  private async checkClaimed(record: CheckedLimitChange): Promise<void> {
    const { organisationId, externalId, contour } = record;
    const pausedMs = this.deps.pauses.remainingMs(contour);
    if (pausedMs > MAX_PAUSE_WAIT_MS) return this.defer(record, pausedMs);
    if (pausedMs > 0) await new Promise((wake) => setTimeout(wake, pausedMs));
    let observed: string;
    try {
      observed = await withDeadline(this.deps.checkTimeoutMs, (signal) =>
        this.deps.bank.readState(organisationId, contour, externalId, { signal }),
      );
    } catch (error) {
      const failure = bankFailureOf(error);
      if (failure.kind === 'throttled') {
        this.deps.pauses.pause(contour, failure.retryAfterMs);
        return this.defer(record, failure.retryAfterMs);
      }
      return this.recordFailure(
        record,
        failure.kind === 'not_found' ? 'not found at the bank' : failure.reason,
        failure.kind === 'not_found',
      );
    }
    await this.recordObservation(record, observed);
  }

  private async recordObservation(record: CheckedLimitChange, observed: string): Promise<void> {
    const observation = await this.deps.limitChangeService.applyObservedState(
      STATUS_SYNC_ACTOR,
      null,
      record,
      observed,
    );
    if (observation.outcome === 'final') return;
    if (observation.outcome === 'raced') {
      this.tallies.raced += 1;
      return;
    }
    const { outcome, record: next } = observation;
    this.tallies.checked += 1;
    if (outcome === 'changed') {
      this.tallies.changed += 1;
      if (isFinalState(next.state)) this.tallies.reachedFinal += 1;
      // The limit-change store commits a transition alone; the event follows at once
      // (its id derives from the version, so a repeat after a crash queues nothing twice).
      await this.deps.outbox.publish(limitChangeStateChanged(record, next, this.deps.crypto));
    }
    this.tallyFollowed(next);
  }

  /** Counts a check the store failed; the document stays due, so a later run asks again. */
  recordStorageFailure(organisationId: string, externalId: string, error: unknown): void {
    this.tallies.failed += 1;
    if (this.tallies.failures.length < MAX_REPORTED_FAILURES) {
      const reason = `storage: ${error instanceof Error ? error.message : String(error)}`;
      this.tallies.failures.push({ organisationId, externalId, reason });
    }
  }

  /** Counts a failed check and records it (backed off, or let go when long unknown). */
  private async recordFailure(
    record: CheckedLimitChange,
    reason: string,
    notFound: boolean,
  ): Promise<void> {
    this.tallies.failed += 1;
    if (this.tallies.failures.length < MAX_REPORTED_FAILURES) {
      const { organisationId, externalId } = record;
      this.tallies.failures.push({ organisationId, externalId, reason });
    }
    this.tally(await this.checks.recordCheckFailure(record, { notFound }));
  }

  /** Reschedules the document unchecked, `delayMs` from now. */
  private async defer(record: CheckedLimitChange, delayMs: number): Promise<void> {
    const recording = await this.checks.defer(record, delayMs);
    if (recording.outcome === 'followed') this.tallies.deferred += 1;
    this.tally(recording);
  }

  private tally(recording: CheckRecording): void {
    if (recording.outcome === 'raced') this.tallies.raced += 1;
    else if (recording.outcome === 'abandoned') this.tallies.abandoned += 1;
    else this.tallyFollowed(recording.record);
  }

  private tallyFollowed(record: CheckedLimitChange): void {
    if (record.nextCheckAt === undefined) return;
    if (record.state === AWAITING_SIGNATURE_STATE) this.tallies.waitingForSignature += 1;
    else this.tallies.stillPending += 1;
  }
}
