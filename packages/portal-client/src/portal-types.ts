import type { components, operations } from './generated/portal.js';

type Schemas = components['schemas'];

/** The signed-in person and their organisations. */
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type MeUpdate = Schemas['MeUpdate'];
export type Language = Schemas['Language'];
/** An organisation with the caller's role in it. */
export type Organization = Schemas['Organization'];
/** An organisation as listed. */
export type OrganizationSummary = Schemas['OrganizationSummary'];
export type OrganizationInput = Schemas['OrganizationInput'];
export type Role = Schemas['Role'];
/** A role an invitation or a role change may grant; the Owner role moves only by transfer. */
export type AssignableRole = Schemas['AssignableRole'];
export type Member = Schemas['Member'];
export type RoleChange = Schemas['RoleChange'];
export type OwnershipTransfer = Schemas['OwnershipTransfer'];
export type Invitation = Schemas['Invitation'];
export type InvitationInput = Schemas['InvitationInput'];
/** An invitation and its one-time token (shown only here). */
export type CreatedInvitation = Schemas['CreatedInvitation'];
export type InvitationPreview = Schemas['InvitationPreview'];
export type PendingInvitation = Schemas['PendingInvitation'];
/** An application; never its secret. */
export type Application = Schemas['Application'];
export type ApplicationInput = Schemas['ApplicationInput'];
export type ApplicationUpdate = Schemas['ApplicationUpdate'];
/** An application and its Client Secret (shown only here). */
export type ApplicationWithSecret = Schemas['ApplicationWithSecret'];
export type SecretReissue = Schemas['SecretReissue'];
/** A new Client Secret (shown only here). */
export type ReissuedSecret = Schemas['ReissuedSecret'];
export type Product = Schemas['Product'];
export type Plan = Schemas['Plan'];
export type Subscription = Schemas['Subscription'];
export type SubscriptionInput = Schemas['SubscriptionInput'];
export type QuotaUsage = Schemas['QuotaUsage'];
export type RecentCall = Schemas['RecentCall'];
/** A kind of event a webhook can receive. */
export type WebhookEventType = Schemas['WebhookEventType'];
/** An application's webhook; never its signing secret. */
export type Webhook = Schemas['Webhook'];
export type WebhookInput = Schemas['WebhookInput'];
/** A webhook and its signing secret (shown only here). */
export type RegisteredWebhook = Schemas['RegisteredWebhook'];
/** One attempt to deliver one event to a webhook. */
export type WebhookDelivery = Schemas['WebhookDelivery'];
/** The body of a webhook delivery, by `type`: what `webhooks.constructEvent` returns. */
export type WebhookEvent = Schemas['WebhookEvent'];
/** A limit-change request's state changed at the bank. */
export type LimitChangeStateChangedEvent = Schemas['LimitChangeStateChangedEvent'];
/** An application used 80, 90 or 100 % of a quota window. */
export type QuotaWarningEvent = Schemas['QuotaWarningEvent'];
/** A test event a member sent to one webhook from the portal. */
export type WebhookTestEvent = Schemas['WebhookTestEvent'];
/** A test event, queued for its webhook. */
export type QueuedWebhookTestEvent = Schemas['QueuedWebhookTestEvent'];
export type AccessRequest = Schemas['AccessRequest'];
export type AccessRequestInput = Schemas['AccessRequestInput'];
export type AccessRequestStatus = Schemas['AccessRequestStatus'];
export type AccessDecision = Schemas['AccessDecision'];
export type BankConnection = Schemas['BankConnection'];
export type BankAuthorization = Schemas['BankAuthorization'];
export type BankAuthorizationInput = Schemas['BankAuthorizationInput'];
export type AuditEvent = Schemas['AuditEvent'];
/** What an audit event records, as `<entity>.<verb>`. */
export type AuditAction = Schemas['AuditAction'];
/** Which audit events to read: by actor, action and time range, each optional. */
export type AuditEventFilter = NonNullable<operations['exportAuditEvents']['parameters']['query']>;
/** Problem details (RFC 9457) as the API sends them. */
export type Problem = Schemas['Problem'];
/** A machine code the API lists for its problems; a client keeps its own text per code. */
export type ProblemCode = Schemas['ProblemCode'];
/** One offending field of a validation problem. */
export type FieldError = Schemas['FieldError'];
/** Call counts and latencies of the organisation's applications, per time bucket. */
export type Analytics = Schemas['Analytics'];
/** Which calls to count and over which period. */
export type AnalyticsQuery = NonNullable<operations['getAnalytics']['parameters']['query']>;
/** A limit-change request an application created at the bank, with its last known state. */
export type LimitChange = Schemas['LimitChange'];
/** What an on-demand status sync did. */
export type LimitChangeSyncReport = Schemas['LimitChangeSyncReport'];
/** An on-demand status sync: `running`, then `completed` with its report, or `failed`. */
export type LimitChangeSyncRun = Schemas['LimitChangeSyncRun'];
/** What the bank's redirect after consent carried, as the website's callback page received it. */
export type BankAuthorizationCallback = Schemas['BankAuthorizationCallback'];
/** The organisation a completed authorization was started in, and its connection. */
export type CompletedBankAuthorization = Schemas['CompletedBankAuthorization'];
/** The operator's filter of access requests. */
export type AccessRequestReviewQuery = {
  readonly status?: AccessRequestStatus | undefined;
};
