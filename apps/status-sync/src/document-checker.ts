import {
  AuditRecorder,
  AWAITING_SIGNATURE_STATE,
  type Change,
  type CheckClaimTarget,
  type Clock,
  type DomainCrypto,
  isDomainError,
  isFinalState,
  type LimitChangeRecord,
  type LimitChangeRepository,
  type LimitChangeService,
  limitChangeStateChanged,
  nextCheckDelayMs,
  STATUS_SYNC_ACTOR,
  type WebhookOutbox,
} from '@devportal/portal-domain';
import { bankFailureOf } from './bank-failure.js';
import type { BankStateReader } from './bank-state-reader.js';
import type { ContourPauses } from './contour-pauses.js';
import type { ClaimedCheck } from './limit-change-check-queue.js';
import type { SyncFailure } from './status-sync-report.js';

/**
 * After this many checks without a change, a bank that still does not know the
 * document (404) is believed: the sync stops following it rather than loop forever.
 */
export const MAX_NOT_FOUND_CHECKS = 5;

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
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: DocumentCheckerDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /**
   * Claims `read` (a followed document as some read of it showed it) for `leaseMs`, then checks
   * it: of two runs holding the same read, one wins the claim and asks the bank; the other
   * counts it as raced. Used by runs that check in process (the manual run of an organisation).
   */
  async claimAndCheck(read: LimitChangeRecord, leaseMs: number): Promise<void> {
    const { nextCheckAt } = read;
    if (nextCheckAt === undefined) return;
    const claimed = await this.claim({ ...read, nextCheckAt }, leaseMs);
    if (claimed) await this.checkClaimed(claimed);
  }

  /**
   * Claims the document read as `target` for `leaseMs` (its next check moved that far ahead, its
   * version on by one); the claimed record, or `undefined` (counted as raced) when another run
   * claimed or changed it first.
   */
  async claim<T extends CheckClaimTarget>(
    target: T,
    leaseMs: number,
  ): Promise<(T & { readonly nextCheckAt: string }) | undefined> {
    const { nextCheckAt } = this.after(leaseMs);
    if (await this.deps.limitChanges.claim(target, nextCheckAt)) {
      return { ...target, nextCheckAt, version: target.version + 1 };
    }
    this.tallies.raced += 1;
    return undefined;
  }

  /**
   * Checks a document a dispatcher claimed: only if it is still at the claimed version (a
   * repeated or outdated message finds another one and is dropped as raced).
   */
  async checkDispatched(claim: ClaimedCheck): Promise<void> {
    const record = await this.deps.limitChanges.get(claim.organisationId, claim.externalId);
    if (record?.nextCheckAt === undefined || record.version !== claim.version) {
      this.tallies.raced += 1;
      return;
    }
    await this.checkClaimed(record);
  }

  /**
   * Asks the bank about a document this run holds the claim of (`record` at the claimed version)
   * and records the answer on that version. The bank call is abandoned after `checkTimeoutMs`
   * (a failure, backed off), so a check always ends within the run's margin.
   */
  private async checkClaimed(record: LimitChangeRecord): Promise<void> {
    const { organisationId, externalId, contour } = record;
    const pausedMs = this.deps.pauses.remainingMs(contour);
    if (pausedMs > MAX_PAUSE_WAIT_MS) return this.defer(record, pausedMs);
    if (pausedMs > 0) await new Promise((wake) => setTimeout(wake, pausedMs));
    let observed: string;
    try {
      observed = await this.deps.bank.readState(organisationId, contour, externalId, {
        signal: AbortSignal.timeout(this.deps.checkTimeoutMs),
      });
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

  private async recordObservation(record: LimitChangeRecord, observed: string): Promise<void> {
    const { outcome, record: next } = await this.deps.limitChangeService.applyObservedState(
      STATUS_SYNC_ACTOR,
      null,
      record,
      observed,
    );
    if (outcome === 'final') return;
    if (outcome === 'raced') {
      this.tallies.raced += 1;
      return;
    }
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

  /** Backs the document off as if it had not changed; a long-unknown one is let go. */
  private async recordFailure(
    record: LimitChangeRecord,
    reason: string,
    notFound: boolean,
  ): Promise<void> {
    this.tallies.failed += 1;
    if (this.tallies.failures.length < MAX_REPORTED_FAILURES) {
      const { organisationId, externalId } = record;
      this.tallies.failures.push({ organisationId, externalId, reason });
    }
    const checksInState = record.checksInState + 1;
    if (notFound && checksInState >= MAX_NOT_FOUND_CHECKS) {
      const { nextCheckAt: _followed, ...rest } = record;
      const change = this.change(record, 'limit_change.abandoned', {
        state: record.state,
        reason: 'the bank does not know the request',
      });
      if (await this.saved({ ...rest, checksInState, version: record.version + 1 }, change)) {
        this.tallies.abandoned += 1;
      }
      return;
    }
    const delay = nextCheckDelayMs(record.state, checksInState) ?? 0;
    const next = { ...record, checksInState, ...this.after(delay), version: record.version + 1 };
    if (await this.saved(next)) this.tallyFollowed(next);
  }

  /** Reschedules the document unchecked, `delayMs` from now. */
  private async defer(record: LimitChangeRecord, delayMs: number): Promise<void> {
    const next = { ...record, ...this.after(delayMs), version: record.version + 1 };
    if (await this.saved(next)) {
      this.tallies.deferred += 1;
      this.tallyFollowed(next);
    }
  }

  private after(delayMs: number): { nextCheckAt: string } {
    return { nextCheckAt: new Date(this.deps.clock.now().getTime() + delayMs).toISOString() };
  }

  private change(
    record: LimitChangeRecord,
    action: string,
    details: Record<string, string>,
  ): Change {
    return {
      audit: this.audit.record(STATUS_SYNC_ACTOR, {
        organisationId: record.organisationId,
        actorRole: null,
        action,
        target: { type: 'limit_change', id: record.externalId },
        details,
      }),
    };
  }

  /** Whether the write won; losing to a concurrent run is no failure (it did the work). */
  private async saved(next: LimitChangeRecord, change?: Change): Promise<boolean> {
    try {
      await this.deps.limitChanges.save(next, change);
      return true;
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'concurrent_modification')) throw error;
      this.tallies.raced += 1;
      return false;
    }
  }

  private tallyFollowed(record: LimitChangeRecord): void {
    if (record.nextCheckAt === undefined) return;
    if (record.state === AWAITING_SIGNATURE_STATE) this.tallies.waitingForSignature += 1;
    else this.tallies.stillPending += 1;
  }
}
