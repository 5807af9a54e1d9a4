import type { ApiCall, Granularity, UsageBucket } from './usage.js';

/** Storage port for usage counters: increments only, never read-modify-write. */
export interface UsageRepository {
  /** Counts `call` in its minute, hour and day buckets (atomic `ADD`s; expire by TTL). */
  record(call: ApiCall): Promise<void>;
  /** The buckets of the application at `granularity` from `from` to `to` (bucket strings, inclusive). */
  query(
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]>;
}
