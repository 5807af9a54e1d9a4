export {
  type AuthorisedScope,
  OrganisationAccess,
  type OrganisationScope,
} from './access/organisation-access.js';
export {
  ACCESS_REQUEST_STATUSES,
  type AccessDecision,
  type AccessRequest,
  type AccessRequestInput,
  type AccessRequestStatus,
  statusAfter,
} from './access-requests/access-request.js';
export type { AccessRequestRepository } from './access-requests/access-request-repository.js';
export {
  type AccessDecisionInput,
  AccessRequestService,
  type AccessRequestServiceDependencies,
} from './access-requests/access-request-service.js';
export type {
  Application,
  ApplicationView,
  ApplicationWithSecret,
  ReissuedSecret,
  SecretInfo,
  StoredClientSecret,
} from './applications/application.js';
export type { ApplicationRepository } from './applications/application-repository.js';
export {
  type ApplicationInput,
  ApplicationService,
  type ApplicationServiceDependencies,
  type ApplicationUpdate,
  DEFAULT_SECRET_OVERLAP_SECONDS,
  MAX_SECRET_OVERLAP_SECONDS,
} from './applications/application-service.js';
export {
  ClientCredentialsVerifier,
  type ClientCredentialsVerifierDependencies,
  LAST_USED_RESOLUTION_MS,
  type RefusedClient,
  type VerifiedClient,
} from './applications/client-credentials-verifier.js';
export {
  CLIENT_SECRET_PREFIX,
  ClientSecretHasher,
  type KeyedSecretHash,
  type SecretMatch,
} from './applications/client-secret-hasher.js';
export {
  fixedPeppers,
  MIN_PEPPER_BYTES,
  newPepperSecret,
  PEPPER_REFRESH_INTERVAL_MS,
  type PepperSecret,
  PeppersFromSecret,
  pepperSetFromSecret,
  type SecretPepper,
  type SecretPepperSet,
  type SecretPeppers,
} from './applications/client-secret-peppers.js';
export type {
  AttemptHold,
  AttemptSubject,
  AttemptWindow,
  CredentialAttemptRepository,
} from './applications/credential-attempts.js';
export {
  AUDIT_ACTIONS,
  type AuditAction,
  isAuditAction,
} from './audit/audit-action.js';
export type { AuditEvent, AuditTarget } from './audit/audit-event.js';
export type { AuditFilter } from './audit/audit-filter.js';
export { type AuditFacts, AuditRecorder } from './audit/audit-recorder.js';
export { AUDIT_EXPORT_MAX_EVENTS, AuditService } from './audit/audit-service.js';
export { auditTargetLabel } from './audit/audit-target-label.js';
export type { AuditTrail } from './audit/audit-trail.js';
export type { Change } from './audit/change.js';
export type {
  PendingBankAuthorization,
  StoredBankAuthorization,
} from './bank-connection/bank-authorization.js';
export type { BankAuthorizationRepository } from './bank-connection/bank-authorization-repository.js';
export {
  BankAuthorizations,
  type BankAuthorizationsDependencies,
} from './bank-connection/bank-authorizations.js';
export {
  type BankConnectionView,
  bankConnectionView,
  type StoredBankConnection,
} from './bank-connection/bank-connection.js';
export type { BankConnectionRepository } from './bank-connection/bank-connection-repository.js';
export {
  BankConnectionService,
  type BankConnectionServiceDependencies,
} from './bank-connection/bank-connection-service.js';
export {
  BankTokenProvider,
  type BankTokenProviderDependencies,
  type BankTokenProviderOptions,
  PREVIOUS_REFRESH_TOKEN_VALIDITY_MS,
} from './bank-connection/bank-token-provider.js';
export type { BankTokens, RefreshBankTokens } from './bank-connection/bank-tokens.js';
export {
  DataKeyCache,
  type DataKeyCacheLimits,
  DEFAULT_DATA_KEY_CACHE_LIMITS,
} from './bank-connection/data-key-cache.js';
export {
  canonicalContext,
  type DataKey,
  type EncryptionContext,
  type KeyEncryptionPort,
  type WrappedDataKey,
} from './bank-connection/key-encryption-port.js';
export {
  type SealedSecret,
  type SealingPurpose,
  TokenVault,
} from './bank-connection/token-vault.js';
export { CATALOG_V1 } from './catalog/catalog.v1.js';
export type { CatalogRepository } from './catalog/catalog-repository.js';
export { CatalogService } from './catalog/catalog-service.js';
export { catalogProblems } from './catalog/catalog-validation.js';
export {
  type Catalog,
  type CatalogText,
  type CatalogTexts,
  type Contour,
  type Plan,
  type Product,
  planOf,
} from './catalog/product.js';
export type { Actor } from './context/actor.js';
export { nodeCrypto } from './crypto/node-crypto.js';
export {
  ConflictError,
  DomainError,
  type DomainErrorCode,
  type DomainErrorCodeOf,
  type DomainErrorKind,
  ERROR_CATALOGUE,
  ForbiddenError,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js';
export {
  type Invitation,
  type InvitationOffer,
  type InvitationView,
  type IssuedInvitation,
  invitationView,
} from './invitations/invitation.js';
export type { InvitationRepository } from './invitations/invitation-repository.js';
export {
  type InvitationRevocation,
  REVOCATIONS_PER_TRANSACTION,
  type RevocationReason,
} from './invitations/invitation-revocation.js';
export {
  DEFAULT_INVITATION_LIFETIME_MS,
  InvitationService,
} from './invitations/invitation-service.js';
export {
  DEFAULT_PORTAL_LANGUAGE,
  PORTAL_LANGUAGES,
  type PortalLanguage,
  portalLanguageOf,
} from './language.js';
export {
  AWAITING_SIGNATURE_STATE,
  type CreationAnswer,
  isFinalState,
  type LimitChangeRecord,
  newLimitChangeRecord,
  nextCheckDelayMs,
  PENDING_SHARDS,
  pendingShardOf,
  REFUSAL_STATES,
  type StateTransition,
  SUCCESS_STATES,
} from './limit-changes/limit-change.js';
export {
  afterCheck,
  type CheckedLimitChange,
  type CheckWrite,
  checkedOf,
  observationOf,
} from './limit-changes/limit-change-check.js';
export {
  type CheckRecording,
  LimitChangeChecks,
  type LimitChangeChecksDependencies,
  MAX_NOT_FOUND_CHECKS,
} from './limit-changes/limit-change-checks.js';
export type {
  CheckClaimTarget,
  CheckLease,
  DueLimitChange,
  LimitChangeRepository,
} from './limit-changes/limit-change-repository.js';
export {
  applicationActor,
  LimitChangeService,
  type LimitChangeServiceDependencies,
  type ObservedStateOutcome,
  STATUS_SYNC_ACTOR,
} from './limit-changes/limit-change-service.js';
export {
  DEFAULT_SYNC_RUN_POLICY,
  type LimitChangeSyncReport,
  type LimitChangeSyncRun,
  newSyncRun,
  nextSyncRunAllowedAt,
  RUNNING_RETRY_MS,
  type SyncRunPolicy,
  type SyncRunStatus,
  syncRunAt,
} from './limit-changes/sync-run.js';
export type { SyncRunOutcome, SyncRunRepository } from './limit-changes/sync-run-repository.js';
export {
  type SyncRunRefusal,
  SyncRunService,
  type SyncRunServiceDependencies,
  type SyncRunStart,
} from './limit-changes/sync-run-service.js';
export type { MemberRepository } from './members/member-repository.js';
export { MemberService } from './members/member-service.js';
export type { Membership } from './members/membership.js';
export { type Founding, foundOrganisation } from './organisations/founding.js';
export {
  MAX_ORGANISATION_NAME_LENGTH,
  normaliseOrganisationName,
  type Organisation,
  type OrganisationKind,
} from './organisations/organisation.js';
export type {
  MyOrganisation,
  OrganisationRepository,
} from './organisations/organisation-repository.js';
export { type Cabinet, OrganisationService } from './organisations/organisation-service.js';
export type { PortalDependencies } from './portal-dependencies.js';
export type { PortalRepositories } from './portal-repositories.js';
export { type Clock, systemClock } from './ports/clock.js';
export type { DomainCrypto } from './ports/crypto.js';
export type { Page, PageRequest } from './ports/page.js';
export {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  isAssignableRole,
  isRole,
  ROLES,
  type Role,
} from './roles/role.js';
export {
  ACTIONS,
  type Action,
  can,
  ROLE_MATRIX,
  type RoleMatrixRow,
  rolesAllowedTo,
} from './roles/role-matrix.js';
export type { Subscription } from './subscriptions/subscription.js';
export type { SubscriptionRepository } from './subscriptions/subscription-repository.js';
export {
  SubscriptionService,
  type SubscriptionServiceDependencies,
} from './subscriptions/subscription-service.js';
export {
  CALL_LOG_LENGTH,
  CALL_LOG_RETENTION_MS,
  type CallLog,
  CallLogService,
  type CallLogServiceDependencies,
  type RecentCall,
} from './usage/call-log.js';
export {
  LATENCY_RELATIVE_ACCURACY,
  LATENCY_SKETCH_MAX_MS,
  LATENCY_SKETCH_MIN_MS,
  type LatencySketch,
  latencyKeyOf,
  latencyOfKey,
  latencyQuantile,
  mergedSketches,
  sketchOf,
} from './usage/latency-sketch.js';
export {
  crossingsOf,
  guessedState,
  type MeterState,
  type MeterWrite,
  meterStep,
  type WindowWrite,
} from './usage/meter-step.js';
export {
  type CallAdmission,
  type MeteredCaller,
  PlanAdmissions,
  type PlanAdmissionsDependencies,
} from './usage/plan-admissions.js';
export type {
  Admission,
  MeteredPlan,
  MeterRefusal,
  PlanMeter,
  QuotaCrossing,
} from './usage/plan-meter.js';
export { type QuotaPeriod, type QuotaWindow, quotaWindowsOf } from './usage/quota.js';
export {
  type QuotaUsage,
  QuotaUsageReader,
  type QuotaUsageReaderDependencies,
  quotaUsageOf,
} from './usage/quota-usage.js';
export { type RateCell, rateCellOf } from './usage/rate-cell.js';
export {
  type ApiCall,
  bucketOf,
  bucketStartMs,
  type Granularity,
  RETENTION_MS,
  STATUS_CLASSES,
  type StatusClass,
  statusClassOf,
  summariseUsage,
  tallyOf,
  type UsageBucket,
  type UsageSummary,
  type UsageTally,
} from './usage/usage.js';
export type { UsageRepository } from './usage/usage-repository.js';
export {
  USAGE_MINUTE_CLOSES_AFTER_MS,
  type UsageRollup,
  type UsageRollupOptions,
  type UsageRollupReport,
} from './usage/usage-rollup.js';
export {
  type UsageReport,
  UsageService,
  type UsageServiceDependencies,
} from './usage/usage-service.js';
export {
  type Registration,
  RegistrationService,
  TEST_ORGANISATION_NAMES,
} from './users/registration-service.js';
export type { UserProfile } from './users/user-profile.js';
export type { UserRepository } from './users/user-repository.js';
export {
  FAILING_WEBHOOK_STREAK,
  type FailingWebhook,
  type FailingWebhookNotifier,
} from './webhooks/failing-webhook.js';
export {
  type HostResolver,
  nodeHostResolver,
  type ResolvedAddress,
  staticHostResolver,
} from './webhooks/host-resolver.js';
export {
  isWebhookEventType,
  type RegisteredWebhook,
  WEBHOOK_EVENT_TYPES,
  type Webhook,
  type WebhookEventType,
  type WebhookView,
  webhookView,
} from './webhooks/webhook.js';
export { isPublicAddress } from './webhooks/webhook-address.js';
export {
  type AttemptResult,
  afterAttempt,
  claimDelivery,
  DELIVERY_CLAIM_MS,
  DELIVERY_FAILURES,
  type DeliveryAttempt,
  type DeliveryFailure,
  type DeliveryStatus,
  deliveryBody,
  MAX_DELIVERY_ATTEMPTS,
  newDelivery,
  retryDelayAfter,
  type WebhookDelivery,
} from './webhooks/webhook-delivery.js';
export {
  checkWebhookDestination,
  PRODUCTION_WEBHOOK_DESTINATIONS,
  type WebhookDestination,
  type WebhookDestinationPolicy,
} from './webhooks/webhook-destination.js';
export {
  type DispatchOutcome,
  WebhookDispatcher,
  type WebhookDispatcherDependencies,
} from './webhooks/webhook-dispatcher.js';
export {
  type LimitChangeOutcome,
  limitChangeStateChanged,
  QUOTA_WARNING_THRESHOLDS,
  type QuotaWarning,
  type QuotaWarningThreshold,
  quotaWarningEvent,
  type WebhookEvent,
} from './webhooks/webhook-event.js';
export { type WebhookOutbox, WebhookPublisher } from './webhooks/webhook-outbox.js';
export type { WebhookRepository } from './webhooks/webhook-repository.js';
export {
  MAX_WEBHOOKS_PER_APPLICATION,
  type WebhookInput,
  WebhookService,
  type WebhookServiceDependencies,
} from './webhooks/webhook-service.js';
export { type WebhookTestEvent, webhookTestEvent } from './webhooks/webhook-test-event.js';
export {
  type WebhookRequest,
  type WebhookTransport,
  WebhookTransportFailure,
  type WebhookTransportFailureReason,
} from './webhooks/webhook-transport.js';
export {
  checkWebhookUrl,
  WEBHOOK_URL_RULES,
  type WebhookUrlCheck,
  type WebhookUrlPolicy,
  type WebhookUrlRule,
} from './webhooks/webhook-url.js';
