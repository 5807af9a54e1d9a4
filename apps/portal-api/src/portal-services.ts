import {
  AccessRequestService,
  ApplicationService,
  AuditService,
  BankAuthorizations,
  BankConnectionService,
  CallLogService,
  CatalogService,
  InvitationService,
  LimitChangeService,
  MemberService,
  OrganisationAccess,
  OrganisationService,
  QuotaUsageReader,
  RegistrationService,
  SubscriptionService,
  SyncRunService,
  TokenVault,
  UsageService,
  WebhookService,
} from '@devportal/portal-domain';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
import { SberOAuthClient } from '@devportal/sber-client';
import { jsonLinesLogger } from './http/access-log.js';
import { PortalMailer } from './mail/portal-mailer.js';
import type { PortalApiDependencies } from './portal-api-dependencies.js';

/** The domain services the routes call, built once per app from its dependencies. */
export type PortalServices = ReturnType<typeof createPortalServices>;

/** Builds the domain services on the injected table, clock, crypto and key keeper. */
export function createPortalServices(deps: PortalApiDependencies) {
  const repositories = dynamoRepositories({ client: deps.dynamoDb, tableName: deps.tableName });
  const vault = new TokenVault(deps.keyEncryption);
  const { clock, crypto } = deps;
  const core = { ...repositories, clock, crypto };
  return {
    clock,
    repositories,
    access: new OrganisationAccess(repositories.organisations, repositories.members),
    registration: new RegistrationService(core),
    organisations: new OrganisationService(core),
    members: new MemberService(core),
    invitations: new InvitationService(core),
    audit: new AuditService(core),
    applications: new ApplicationService({ ...core, hasher: deps.hasher }),
    catalog: new CatalogService(repositories.catalog),
    subscriptions: new SubscriptionService(core),
    accessRequests: new AccessRequestService(core),
    bankConnections: new BankConnectionService({ ...core, vault }),
    bankAuthorizations: new BankAuthorizations({ ...core, vault }),
    limitChanges: new LimitChangeService(core),
    limitChangeSync: deps.limitChangeSync,
    limitChangeSyncRuns: new SyncRunService({
      ...core,
      ...(deps.syncRunPolicy && { policy: deps.syncRunPolicy }),
    }),
    usage: new UsageService(core),
    mailer: new PortalMailer(deps.mail, (fault) =>
      (deps.logger ?? jsonLinesLogger)({ level: 'error', event: 'mail_not_sent', ...fault }),
    ),
    quotaUsage: new QuotaUsageReader(core),
    callLog: new CallLogService(core),
    webhooks: new WebhookService({
      ...core,
      vault,
      ...(deps.webhookDestinations && { destinations: deps.webhookDestinations }),
    }),
    bankOAuth: {
      settings: deps.bankOAuth,
      client: new SberOAuthClient({
        tokenUrl: deps.bankOAuth.tokenUrl,
        clientId: deps.bankOAuth.clientId,
        clientSecret: deps.bankOAuth.clientSecret,
        ...(deps.bankOAuth.fetch && { fetch: deps.bankOAuth.fetch }),
      }),
    },
  };
}
