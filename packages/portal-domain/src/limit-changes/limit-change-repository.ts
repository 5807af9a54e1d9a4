import type { Change } from '../audit/change.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { LimitChangeRecord } from './limit-change.js';

/** A due entry of the status sync's queue. */
export interface DueLimitChange {
  readonly organisationId: string;
  readonly externalId: string;
  readonly nextCheckAt: string;
  /** The record's version when the index was read (eventually consistent: it may be behind). */
  readonly version: number;
}

/** A followed request the status sync means to check, as it was read. */
export interface CheckClaimTarget {
  readonly organisationId: string;
  readonly externalId: string;
  readonly nextCheckAt: string;
  readonly version: number;
}

/** Storage port for limit-change requests. */
export interface LimitChangeRepository {
  get(organisationId: string, externalId: string): Promise<LimitChangeRecord | undefined>;
  list(organisationId: string, page: PageRequest): Promise<Page<LimitChangeRecord>>;
  /** Stores a new record; Conflict `limit_request_exists` if the externalId is taken. */
  create(record: LimitChangeRecord, change: Change): Promise<void>;
  /**
   * Stores `next` if the record is still at `next.version - 1` (Conflict otherwise),
   * keeping it in the status sync's queue exactly while it has a `nextCheckAt`.
   * `change` accompanies a state transition; a mere reschedule has none.
   */
  save(next: LimitChangeRecord, change?: Change): Promise<void>;
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
   */
  claim(target: CheckClaimTarget, leaseUntil: string): Promise<boolean>;
}
