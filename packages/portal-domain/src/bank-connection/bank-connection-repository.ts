import type { Change } from '../audit/change.js';
import type { StoredBankConnection } from './bank-connection.js';

/** Storage port for bank connections and the lease that makes refreshes single-flight. */
export interface BankConnectionRepository {
  get(organisationId: string): Promise<StoredBankConnection | undefined>;
  /** Stores a new connection, replacing any earlier one (a reconnect). */
  connect(connection: StoredBankConnection, change: Change): Promise<void>;
  /** Forgets the connection and its tokens; NotFound-free: disconnecting twice is harmless. */
  disconnect(organisationId: string, change: Change): Promise<void>;
  /**
   * Takes the organisation's refresh lease for `holder` until `until`, if nobody
   * holds it or the holder's lease ran out before `now`. Returns whether it was taken.
   */
  acquireRefreshLease(
    organisationId: string,
    holder: string,
    until: string,
    now: string,
  ): Promise<boolean>;
  /** Releases the lease if `holder` still holds it. */
  releaseRefreshLease(organisationId: string, holder: string): Promise<void>;
  /**
   * Stores refreshed tokens if the connection is still at `next.version - 1` and
   * `holder` still holds an unexpired lease at `now`; Conflict otherwise.
   */
  storeRefreshed(next: StoredBankConnection, holder: string, now: string): Promise<void>;
}
