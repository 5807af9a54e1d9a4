import type { AccessRequestRepository } from './access-requests/access-request-repository.js';
import type { ApplicationRepository } from './applications/application-repository.js';
import type { CredentialAttemptRepository } from './applications/credential-attempts.js';
import type { AuditTrail } from './audit/audit-trail.js';
import type { BankAuthorizationRepository } from './bank-connection/bank-authorization-repository.js';
import type { BankConnectionRepository } from './bank-connection/bank-connection-repository.js';
import type { CatalogRepository } from './catalog/catalog-repository.js';
import type { InvitationRepository } from './invitations/invitation-repository.js';
import type { LimitChangeRepository } from './limit-changes/limit-change-repository.js';
import type { SyncRunRepository } from './limit-changes/sync-run-repository.js';
import type { MemberRepository } from './members/member-repository.js';
import type { OrganisationRepository } from './organisations/organisation-repository.js';
import type { SubscriptionRepository } from './subscriptions/subscription-repository.js';
import type { CallLog } from './usage/call-log.js';
import type { PlanMeter } from './usage/plan-meter.js';
import type { UsageRepository } from './usage/usage-repository.js';
import type { UsageRollup } from './usage/usage-rollup.js';
import type { UserRepository } from './users/user-repository.js';
import type { WebhookRepository } from './webhooks/webhook-repository.js';

/**
 * Every storage port the domain runs on, one per stored entity: what a storage adapter builds
 * (`dynamoRepositories` in `@devportal/portal-dynamodb`) and what services pick from.
 */
export interface PortalRepositories {
  readonly users: UserRepository;
  readonly organisations: OrganisationRepository;
  readonly members: MemberRepository;
  readonly invitations: InvitationRepository;
  readonly auditTrail: AuditTrail;
  readonly applications: ApplicationRepository;
  readonly credentialAttempts: CredentialAttemptRepository;
  readonly catalog: CatalogRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly accessRequests: AccessRequestRepository;
  readonly bankConnections: BankConnectionRepository;
  readonly bankAuthorizations: BankAuthorizationRepository;
  readonly limitChanges: LimitChangeRepository;
  readonly syncRuns: SyncRunRepository;
  readonly usage: UsageRepository;
  /** Adds closed minutes of `usage` into their hours and days (the status sync's schedule runs it). */
  readonly usageRollup: UsageRollup;
  readonly meters: PlanMeter;
  readonly callLog: CallLog;
  readonly webhooks: WebhookRepository;
}
