import type { Change } from '../audit/change.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Application } from './application.js';
import type { KeyedSecretHash } from './client-secret-hasher.js';

/** Storage port for applications. Every write commits its {@link Change} with it, or nothing. */
export interface ApplicationRepository {
  get(organisationId: string, applicationId: string): Promise<Application | undefined>;
  list(organisationId: string, page: PageRequest): Promise<Page<Application>>;
  /**
   * The application if it exists and its organisation is not deleted, both read consistently in
   * one round trip: a deletion of either counts from its commit (an organisation's applications
   * are purged after its tombstone is written, and a purge may be interrupted).
   */
  getLive(organisationId: string, applicationId: string): Promise<Application | undefined>;
  /** The application holding `clientId`, read consistently (a deleted one is not found). */
  findByClientId(clientId: string): Promise<Application | undefined>;
  /** Stores a new application; its Client ID must be unused. */
  create(application: Application, change: Change): Promise<void>;
  /**
   * Replaces the application with `next` if it is still at `next.version - 1`, so of
   * two concurrent changes (two re-issues, say) exactly one commits.
   */
  save(next: Application, change: Change): Promise<void>;
  /** Deletes the application (from that instant its secrets fail) and everything it holds. */
  delete(application: Application, change: Change): Promise<void>;
  /**
   * Records that a secret was used at `at`, unless it was recorded after
   * `unlessUsedAfter` already (a bookkeeping write: no version, no audit).
   */
  touchSecret(
    application: Application,
    secretId: string,
    at: string,
    unlessUsedAfter: string,
  ): Promise<void>;
  /**
   * Replaces the stored hash of a secret by `to`, unless it is no longer `from` (a re-issue or
   * another gateway got there first): a bookkeeping write, no version, no audit.
   */
  rekeySecret(
    application: Application,
    secretId: string,
    from: KeyedSecretHash,
    to: KeyedSecretHash,
  ): Promise<void>;
}
