import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Change } from '../audit/change.js';
import { isDomainError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import { nextCheckDelayMs } from './limit-change.js';
import { afterCheck, type CheckedLimitChange, type CheckWrite } from './limit-change-check.js';
import type { LimitChangeRepository } from './limit-change-repository.js';
import { STATUS_SYNC_ACTOR } from './limit-change-service.js';

/**
 * After this many checks without a change, a bank that still does not know the
 * document (404) is believed: the sync stops following it rather than loop forever.
 */
export const MAX_NOT_FOUND_CHECKS = 5;

/** What {@link LimitChangeChecks} runs on. */
export interface LimitChangeChecksDependencies {
  readonly limitChanges: LimitChangeRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * What recording a check came to: the document still followed (`record` as saved, with its next
 * check), let go (`abandoned`), or nothing because another run wrote it first (`raced`, no
 * failure: that run did the work).
 */
export type CheckRecording =
  | { readonly outcome: 'followed' | 'abandoned'; readonly record: CheckedLimitChange }
  | { readonly outcome: 'raced' };

/**
 * The rules of a check that did not observe a state: a failed check backs the document off as if
 * it had not changed, a throttled or paused contour defers it unchecked, and a document the bank
 * keeps not knowing is abandoned with an audit event. Each is written on the version the check
 * claimed, so it never lands over a newer one.
 */
export class LimitChangeChecks {
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: LimitChangeChecksDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /**
   * Records a check that failed: one more check in the state, the next one backed off; a document
   * the bank has not known (`notFound`) for {@link MAX_NOT_FOUND_CHECKS} checks is abandoned.
   */
  recordCheckFailure(
    record: CheckedLimitChange,
    failure: { readonly notFound: boolean },
  ): Promise<CheckRecording> {
    const checksInState = record.checksInState + 1;
    if (failure.notFound && checksInState >= MAX_NOT_FOUND_CHECKS) {
      return this.abandon(record, 'the bank does not know the request');
    }
    const delay = nextCheckDelayMs(record.state, checksInState) ?? 0;
    return this.saved('followed', record, {
      state: record.state,
      checksInState,
      ...this.after(delay),
    });
  }

  /** Reschedules the document unchecked, `delayMs` from now. */
  defer(record: CheckedLimitChange, delayMs: number): Promise<CheckRecording> {
    return this.saved('followed', record, {
      state: record.state,
      checksInState: record.checksInState,
      ...this.after(delayMs),
    });
  }

  /**
   * Stops following the document in its current state, for `reason` (the audit event's), the
   * check that let it go counted.
   */
  abandon(record: CheckedLimitChange, reason: string): Promise<CheckRecording> {
    const audit = this.audit.record(STATUS_SYNC_ACTOR, {
      organisationId: record.organisationId,
      actorRole: null,
      action: 'limit_change.abandoned',
      target: { type: 'limit_change', id: record.externalId },
      details: { state: record.state, reason },
    });
    return this.saved(
      'abandoned',
      record,
      { state: record.state, checksInState: record.checksInState + 1 },
      { audit },
    );
  }

  private after(delayMs: number): { nextCheckAt: string } {
    return { nextCheckAt: new Date(this.deps.clock.now().getTime() + delayMs).toISOString() };
  }

  /** `write` recorded on `read`'s version, or `raced` when another run wrote it first. */
  private async saved(
    outcome: 'followed' | 'abandoned',
    read: CheckedLimitChange,
    write: CheckWrite,
    change?: Change,
  ): Promise<CheckRecording> {
    try {
      await this.deps.limitChanges.recordCheck(read, write, change);
      return { outcome, record: afterCheck(read, write) };
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'concurrent_modification')) throw error;
      return { outcome: 'raced' };
    }
  }
}
