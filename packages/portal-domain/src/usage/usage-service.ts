import { OrganisationAccess } from '../access/organisation-access.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import type { Actor } from '../context/actor.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { OrganisationRepository } from '../organisations/organisation-repository.js';
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
  readonly organisations: OrganisationRepository;
  readonly members: MemberRepository;
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
  private readonly access: OrganisationAccess;

  constructor(private readonly deps: UsageServiceDependencies) {
    this.access = new OrganisationAccess(deps.organisations, deps.members);
  }

  /**
   * The application's usage from bucket `from` to bucket `to` (inclusive, in the
   * granularity's form, e.g. `2026-11-23T16` for hours), within its retention.
   */
  async report(
    actor: Actor,
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageReport> {
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
    await this.access.authorise(actor, organisationId, 'analytics.view');
    if (!(await this.deps.applications.get(organisationId, applicationId))) {
      throw new NotFoundError('application_not_found');
    }
    const buckets = await this.deps.usage.query(
      organisationId,
      applicationId,
      granularity,
      from,
      to,
    );
    return { buckets, summary: summariseUsage(buckets) };
  }
}
