import {
  AuditRecorder,
  AWAITING_SIGNATURE_STATE,
  type Change,
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
import type { ContourResolver } from './contour-resolver.js';
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
  readonly contourOf: ContourResolver;
  readonly outbox: WebhookOutbox;
  readonly pauses: ContourPauses;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
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
 * Checks one document at the bank and records what it says. The record is read
 * before the bank is asked and written on the version read, so an answer can never
 * be applied over a newer one: of two racing runs, the later writer loses its
 * condition and leaves the document to the winner (no transition lost or repeated).
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
   * Checks the document, read now unless `known` (a consistent read of this run)
   * is given. `onlyIfDue` skips a document another run has rescheduled meanwhile.
   */
  async check(
    organisationId: string,
    externalId: string,
    options: { readonly onlyIfDue: boolean; readonly known?: LimitChangeRecord },
  ): Promise<void> {
    const record = options.known ?? (await this.deps.limitChanges.get(organisationId, externalId));
    const now = this.deps.clock.now().toISOString();
    if (!record?.nextCheckAt || (options.onlyIfDue && record.nextCheckAt > now)) {
      this.tallies.raced += 1;
      return;
    }
    const contour = this.deps.contourOf(record);
    const pausedMs = this.deps.pauses.remainingMs(contour);
    if (pausedMs > MAX_PAUSE_WAIT_MS) return this.defer(record, pausedMs);
    if (pausedMs > 0) await new Promise((wake) => setTimeout(wake, pausedMs));
    let observed: string;
    try {
      observed = await this.deps.bank.readState(organisationId, contour, externalId);
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
