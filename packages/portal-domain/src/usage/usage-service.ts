import type { AuthorisedScope } from '../access/organisation-access.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import { NotFoundError, ValidationError } from '../errors.js';
import {
  bucketStartMs,
  type Granularity,
  RETENTION_MS,
  summariseUsage,
  type UsageBucket,
  type UsageSummary,
} from './usage.js';
import type { UsageRepository } from './usage-repository.js';

/** What {@link UsageService} runs on. */
export interface UsageServiceDependencies {
  readonly applications: ApplicationRepository;
  readonly usage: UsageRepository;
}

/** A period's analytics: the buckets and their totals. */
export interface UsageReport {
  readonly buckets: readonly UsageBucket[];
  readonly summary: UsageSummary;
}

const PATTERNS: Record<Granularity, RegExp> = {
  minute: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
  hour: /^\d{4}-\d{2}-\d{2}T\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** API-call analytics: counted by the gateway, read by members. */
export class UsageService {
  constructor(private readonly deps: UsageServiceDependencies) {}

  /**
   * The application's usage from bucket `from` to bucket `to` (inclusive, in the
   * granularity's form, e.g. `2026-11-23T16` for hours), within its retention.
   */
  async report(
    { organisation }: AuthorisedScope<'analytics.view'>,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageReport> {
    checkPeriod(granularity, from, to);
    if (!(await this.deps.applications.get(organisation.id, applicationId))) {
      throw new NotFoundError('application_not_found');
    }
    return reportOf(
      await this.deps.usage.query(organisation.id, applicationId, granularity, from, to),
    );
  }

  /**
   * The usage of every application of the organisation, present or deleted, over the same kind
   * of period as {@link report}: one read of the organisation's counters, however many
   * applications it has.
   *
   * @example
   * const { buckets, summary } = await usage.organisationReport(scope, 'hour',
   *   '2026-11-23T00', '2026-11-23T23');
   */
  async organisationReport(
    { organisation }: AuthorisedScope<'analytics.view'>,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageReport> {
    checkPeriod(granularity, from, to);
    return reportOf(
      await this.deps.usage.queryOrganisation(organisation.id, granularity, from, to),
    );
  }
}

/** Refuses a period that is malformed, runs backwards or reaches beyond the granularity's retention. */
function checkPeriod(granularity: Granularity, from: string, to: string): void {
  const pattern = PATTERNS[granularity];
  const spanMs = bucketStartMs(to, granularity) - bucketStartMs(from, granularity);
  if (
    !pattern.test(from) ||
    !pattern.test(to) ||
    !(spanMs >= 0) ||
    spanMs > RETENTION_MS[granularity]
  ) {
    throw new ValidationError('invalid_period');
  }
}

function reportOf(buckets: UsageBucket[]): UsageReport {
  return { buckets, summary: summariseUsage(buckets) };
}
