import type { ApiCall, Granularity, UsageBucket } from './usage.js';
import type { UsageRollup } from './usage-rollup.js';

/**
 * Storage port for usage counters: increments only, never read-modify-write. A call is written
 * once, into its minute; a {@link UsageRollup} later adds closed minutes into their hours and
 * days, and reads of hours and days add the minutes not rolled yet, so every read is exact
 * whether or not (or while) the roll-up has run.
 */
export interface UsageRepository {
  /**
   * Counts `call` in its minute bucket: one atomic `ADD`, expiring by TTL, that also marks the
   * minute for the roll-up. Resolved means counted, at every granularity.
   */
  record(call: ApiCall): Promise<void>;
  /** The buckets of the application at `granularity` from `from` to `to` (bucket strings, inclusive). */
  query(
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]>;
  /** The buckets of every application of the organisation, as {@link UsageRepository.query} reads one's. */
  queryOrganisation(
    organisationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]>;
}
