import type { ApiCall, Granularity, UsageBucket, UsageTally } from './usage.js';

/** Storage port for usage counters: increments only, never read-modify-write. */
export interface UsageRepository {
  /** Counts `call` in its minute, hour and day buckets (atomic `ADD`s; expire by TTL). */
  record(call: ApiCall): Promise<void>;
  /** Counts a tally of calls in its minute, hour and day buckets, in one `ADD` per bucket. */
  add(tally: UsageTally): Promise<void>;
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
