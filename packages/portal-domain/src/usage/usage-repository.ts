import type { ApiCall, Granularity, UsageBucket } from './usage.js';

/** Storage port for usage counters: increments only, never read-modify-write. */
export interface UsageRepository {
  /**
   * Counts `call` in its minute, hour and day buckets: three atomic `ADD`s sent together (one
   * round trip), expiring by TTL. Resolved means counted.
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
