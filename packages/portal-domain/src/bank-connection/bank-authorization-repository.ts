import type { StoredBankAuthorization } from './bank-authorization.js';

/**
 * Storage port for pending bank authorizations: single use, and gone after their expiry (the
 * store's TTL removes them eventually; readers compare the expiry with the clock).
 */
export interface BankAuthorizationRepository {
  /** Stores a new pending authorization; Conflict if its state hash is taken. */
  save(authorization: StoredBankAuthorization): Promise<void>;
  /**
   * Removes and returns the authorization stored under `stateHash` if `userId` started it;
   * `undefined` (and the authorization left as it was) when there is none, someone else started
   * it, or another caller consumed it first (of racing consumers exactly one gets it).
   */
  consume(stateHash: string, userId: string): Promise<StoredBankAuthorization | undefined>;
}
