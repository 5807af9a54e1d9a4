import type { Change } from '../audit/change.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { LimitChangeRecord } from './limit-change.js';
import type { CheckedLimitChange, CheckWrite } from './limit-change-check.js';

/**
 * A due entry of the status sync's queue: what a check needs of the request, as the index showed
 * it (eventually consistent: it may be behind; a claim on its version makes it current).
 */
export interface DueLimitChange extends CheckedLimitChange {
  readonly nextCheckAt: string;
}

/** A followed request the status sync means to check, as it was read. */
export interface CheckClaimTarget {
  readonly organisationId: string;
  readonly externalId: string;
  readonly nextCheckAt: string;
  readonly version: number;
}

/** The terms of a claim on a followed request (ISO 8601 times). */
export interface CheckLease {
  /** The claim's time. */
  readonly at: string;
  /** Where the request's next check moves: another checker may take it from then on. */
  readonly until: string;
  /** Refuse the claim when the request was claimed after this time. */
  readonly unlessClaimedAfter?: string;
}

/** Storage port for limit-change requests. */
export interface LimitChangeRepository {
  get(organisationId: string, externalId: string): Promise<LimitChangeRecord | undefined>;
  list(organisationId: string, page: PageRequest): Promise<Page<LimitChangeRecord>>;
  /** Stores a new record; Conflict `limit_request_exists` if the externalId is taken. */
  create(record: LimitChangeRecord, change: Change): Promise<void>;
  /**
   * Records a check of `read`: `write`'s fields and the version after `read.version`, if the
   * record is still at `read.version` (Conflict `concurrent_modification` otherwise), keeping it in
   * the status sync's queue exactly while it has a `nextCheckAt`. Without `change` (a check that
   * found no change, a failure, a deferral) this is one conditional update; `change` (a transition
   * or a request let go) commits with it in one transaction.
   */
  recordCheck(
    read: Pick<CheckedLimitChange, 'organisationId' | 'externalId' | 'version'>,
    write: CheckWrite,
    change?: Change,
  ): Promise<void>;
  /**
   * Requests of queue partition `shard` whose next check is due at `now`, earliest first; after
   * `after` (an entry of an earlier page) when given, so a long due range is walked page by page
   * even while the index still shows entries already claimed.
   */
  listDue(
    shard: number,
    now: string,
    limit: number,
    after?: DueLimitChange,
  ): Promise<DueLimitChange[]>;
  /**
   * Leases the request to one checker: moves its next check to `leaseUntil` and its version on by
   * one if it is still at `target`'s version and next check (a plain conditional update, no
   * transaction). Resolves whether this call won; a loser leaves the request to the winner.
   * The claim's time is kept; with `unlessClaimedAfter`, a request claimed after that time (being
   * checked, or just checked) is not claimed again.
   */
  claim(target: CheckClaimTarget, lease: CheckLease): Promise<boolean>;
}
