import {
  AccessRequestService,
  ApplicationService,
  AuditService,
  BankAuthorizations,
  BankConnectionService,
  CatalogService,
  InvitationService,
  LimitChangeService,
  MemberService,
  OrganisationAccess,
  OrganisationService,
  RegistrationService,
  SubscriptionService,
  SyncRunService,
  TokenVault,
  UsageService,
  WebhookService,
} from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoBankAuthorizationRepository,
  DynamoSyncRunRepository,
  DynamoWebhookRepository,
  dynamoApiRepositories,
  dynamoPortalRepositories,
} from '@devportal/portal-domain/dynamodb';
import { SberOAuthClient } from '@devportal/sber-client';
import type { PortalApiDependencies } from './portal-api-dependencies.js';

/** The domain services the routes call, built once per app from its dependencies. */
export type PortalServices = ReturnType<typeof createPortalServices>;

/** Builds the domain services on the injected table, clock, crypto and key keeper. */
export function createPortalServices(deps: PortalApiDependencies) {
  const store = new DocumentStore(deps.dynamoDb, deps.tableName);
  const portal = dynamoPortalRepositories(deps.dynamoDb, deps.tableName);
  const api = dynamoApiRepositories(store);
  const vault = new TokenVault(deps.keyEncryption);
  const { clock, crypto } = deps;
  const core = { ...portal, clock, crypto };
  const scoped = { ...portal, ...api, clock, crypto };
  return {
    clock,
    repositories: { ...portal, ...api },
    access: new OrganisationAccess(portal.organisations, portal.members),
    registration: new RegistrationService(core),
    organisations: new OrganisationService(core),
    members: new MemberService(core),
    invitations: new InvitationService(core),
    audit: new AuditService(core),
    applications: new ApplicationService({ ...scoped, hasher: deps.hasher }),
    catalog: new CatalogService(api.catalog),
    subscriptions: new SubscriptionService(scoped),
    accessRequests: new AccessRequestService(scoped),
    bankConnections: new BankConnectionService({ ...scoped, vault }),
    bankAuthorizations: new BankAuthorizations({
      bankAuthorizations: new DynamoBankAuthorizationRepository(store),
      vault,
      clock,
      crypto,
    }),
    limitChanges: new LimitChangeService(scoped),
    limitChangeSync: deps.limitChangeSync,
    limitChangeSyncRuns: new SyncRunService({
      syncRuns: new DynamoSyncRunRepository(store),
      clock,
      crypto,
      ...(deps.syncRunPolicy && { policy: deps.syncRunPolicy }),
    }),
    usage: new UsageService(scoped),
    webhooks: new WebhookService({
      ...scoped,
      webhooks: new DynamoWebhookRepository(store),
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
