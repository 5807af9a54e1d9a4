/** A primary key of the portal table. */
export interface ItemKey {
  readonly PK: string;
  readonly SK: string;
}

/** The primary key of a stored item (read from a query, to get or delete the item). */
export function itemKeyOf(item: Readonly<Record<string, unknown>>): ItemKey {
  const { PK, SK } = item;
  if (typeof PK !== 'string' || typeof SK !== 'string') {
    throw new Error('A stored item has no string PK and SK');
  }
  return { PK, SK };
}

/** Sort-key prefixes inside an organisation's partition (see STORAGE.md). */
export const ORG_ITEM_PREFIX = {
  member: 'MEMBER#',
  invitation: 'INVITE#',
  application: 'APP#',
  accessRequest: 'ACCESS#',
  limitRequest: 'LIMIT#',
  syncRun: 'SYNCRUN#',
  usage: 'USAGE#',
  audit: 'AUDIT#',
} as const;

/**
 * The kinds of usage counter item, each under its own sort-key segment: `hour` and `day` items,
 * the minutes a call is counted in (`rollminute`, added into their hours and days by the
 * roll-up), and the former design's minutes (`minute`), whose calls it wrote into their hours and
 * days itself. The two kinds of minute never share an item, so no roll-up adds a call its hour or
 * day holds already, even while both designs count the same minute during a deploy.
 */
export type UsageSegment = 'rollminute' | 'minute' | 'hour' | 'day';

const orgPartition = (organisationId: string) => `ORG#${organisationId}`;
const appPartition = (applicationId: string) => `APP#${applicationId}`;
const userPartition = (userId: string) => `USER#${userId}`;
const inviteePartition = (email: string) => `INVITEE#${email}`;

/** Key builders, one per entity of STORAGE.md's key table; the only place keys are spelled. */
export const keys = {
  orgPartition,
  appPartition,
  userPartition,
  inviteePartition,
  userProfile: (userId: string): ItemKey => ({ PK: userPartition(userId), SK: 'PROFILE' }),
  organisation: (organisationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: 'META',
  }),
  member: (organisationId: string, userId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.member}${userId}`,
  }),
  /** GSI1 keys of a membership: the user's organisations. */
  memberLookup: (organisationId: string, userId: string) => ({
    GSI1PK: userPartition(userId),
    GSI1SK: orgPartition(organisationId),
  }),
  invitation: (organisationId: string, invitationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.invitation}${invitationId}`,
  }),
  /** An invitation's pointer in its invitee's partition: their pending invitations by address. */
  inviteePointer: (email: string, organisationId: string, invitationId: string): ItemKey => ({
    PK: inviteePartition(email),
    SK: `INVITE#${organisationId}#${invitationId}`,
  }),
  /** The record that the message `messageId` was sent (or is being sent): sent once. */
  sentMail: (messageId: string): ItemKey => ({ PK: `MAILSENT#${messageId}`, SK: 'MAIL' }),
  /** GSI1 keys of an invitation: found by the hash of its token. */
  invitationLookup: (tokenHash: string) => ({
    GSI1PK: `INVITETOKEN#${tokenHash}`,
    GSI1SK: 'INVITE',
  }),
  application: (organisationId: string, applicationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.application}${applicationId}`,
  }),
  /** GSI1 keys of an application: found by its Client ID. */
  applicationLookup: (clientId: string) => ({ GSI1PK: `CLIENT#${clientId}`, GSI1SK: 'APP' }),
  subscription: (applicationId: string, productId: string): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `SUB#${productId}`,
  }),
  /** An application's plan meter for one product: its quota windows' calls and its rate's GCRA state. */
  planMeter: (applicationId: string, productId: string): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `METER#${productId}`,
  }),
  /** Failed client-credential attempts of a Client ID in one window (known or not: no application partition). */
  credentialFailures: (clientId: string, window: string): ItemKey => ({
    PK: `CLIENTFAIL#${clientId}`,
    SK: `WINDOW#${window}`,
  }),
  /** Failed client-credential attempts from one source address in one window. */
  sourceCredentialFailures: (address: string, window: string): ItemKey => ({
    PK: `SOURCEFAIL#${address}`,
    SK: `WINDOW#${window}`,
  }),
  accessRequest: (organisationId: string, productId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.accessRequest}${productId}`,
  }),
  catalogEntry: (productId: string): ItemKey => ({ PK: 'CATALOG', SK: `PRODUCT#${productId}` }),
  bankToken: (organisationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: 'BANKTOKEN',
  }),
  limitRequest: (organisationId: string, externalId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.limitRequest}${externalId}`,
  }),
  /** The organisation's latest manual status-sync run: the item that admits one run at a time. */
  latestSyncRun: (organisationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.syncRun}LATEST`,
  }),
  /** One manual status-sync run of the organisation, by its id. */
  syncRun: (organisationId: string, runId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.syncRun}RUN#${runId}`,
  }),
  /** GSI2 keys of a limit-change request that is not final: the status sync's queue. */
  pendingLimitLookup: (
    shard: number,
    nextCheckAt: string,
    organisationId: string,
    externalId: string,
  ) => ({
    GSI2PK: `LIMIT#PENDING#${shard}`,
    GSI2SK: `${nextCheckAt}#${organisationId}#${externalId}`,
  }),
  auditEvent: (organisationId: string, at: string, eventId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.audit}${at}#${eventId}`,
  }),
  /** Pointer from an access request's id to its item (the operator decides by id alone). */
  accessRequestById: (requestId: string): ItemKey => ({
    PK: `ACCESSREQ#${requestId}`,
    SK: 'ACCESSREQ',
  }),
  /** GSI1 keys of an access request in any status: the operator's lists (#26). */
  accessRequestStatusLookup: (
    status: string,
    submittedAt: string,
    organisationId: string,
    productId: string,
  ) => ({
    GSI1PK: `ACCESS#${status.toUpperCase()}`,
    GSI1SK: `${submittedAt}#${organisationId}#${productId}`,
  }),
  /** The lease electing the one process that refreshes an organisation's bank token. */
  bankTokenRefreshLease: (organisationId: string): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: 'BANKTOKEN#LEASE',
  }),
  /**
   * The start of an organisation's usage counters of one {@link UsageSegment}: time comes before
   * the application, so one range of a period holds every application's counters (#40, #41).
   */
  usageBucketPrefix: (segment: UsageSegment) => `${ORG_ITEM_PREFIX.usage}${segment}#`,
  /** Usage counters of one {@link UsageSegment}, time bucket, application, product and operation. */
  usageBucket: (
    organisationId: string,
    applicationId: string,
    segment: UsageSegment,
    bucket: string,
    productId: string,
    operation: string,
  ): ItemKey => ({
    PK: orgPartition(organisationId),
    SK: `${ORG_ITEM_PREFIX.usage}${segment}#${bucket}#${applicationId}#${productId}#${operation}`,
  }),
  /**
   * GSI3 keys of a minute usage counter waiting to be rolled into its hour and day: every pending
   * minute in one index partition, oldest first, so the roll-up reads the closed ones in a range.
   */
  usageRollupPending: (minuteBucket: string) => ({
    GSI3PK: 'USAGEROLLUP',
    GSI3SK: minuteBucket,
  }),
  /** The roll-up watermark: the bound of the latest roll-up that left no closed minute pending. */
  usageRollupWatermark: { PK: 'USAGEROLLUP', SK: 'WATERMARK' } satisfies ItemKey,
  /** A call in its application's log, in its partition (deleting the application deletes it). */
  recentCall: (applicationId: string, at: Date, requestId: string): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `CALL#${at.toISOString()}#${requestId}`,
  }),
  /** The start of an application's call log: `CALL#<ISO time>`, so newest first is descending. */
  recentCallPrefix: 'CALL#',
  /** A webhook, in its application's partition (deleting the application deletes it). */
  webhook: (applicationId: string, webhookId: string): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `WEBHOOK#${webhookId}`,
  }),
  /** The start of an application's webhooks. */
  webhookPrefix: 'WEBHOOK#',
  /** GSI1 keys of a webhook: the organisation's webhooks, for publishing its events. */
  organisationWebhookLookup: (
    organisationId: string,
    applicationId: string,
    webhookId: string,
  ) => ({
    GSI1PK: `WEBHOOKS#${orgPartition(organisationId)}`,
    GSI1SK: `${applicationId}#${webhookId}`,
  }),
  /** One event owed to one webhook (the outbox entry). */
  webhookDelivery: (applicationId: string, webhookId: string, eventId: string): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `WHDELIVERY#${webhookId}#${eventId}`,
  }),
  /** GSI2 keys of a pending delivery: the dispatcher's queue, beside the limit-change queue. */
  pendingWebhookDeliveryLookup: (
    shard: number,
    nextAttemptAt: string,
    applicationId: string,
    webhookId: string,
    eventId: string,
  ) => ({
    GSI2PK: `WEBHOOK#PENDING#${shard}`,
    GSI2SK: `${nextAttemptAt}#${applicationId}#${webhookId}#${eventId}`,
  }),
  /** The start of a webhook's delivery log. */
  webhookAttemptPrefix: (webhookId: string) => `WHLOG#${webhookId}#`,
  /** One attempt in a webhook's delivery log, sorted by time. */
  webhookAttempt: (
    applicationId: string,
    webhookId: string,
    at: string,
    eventId: string,
    attempt: number,
  ): ItemKey => ({
    PK: appPartition(applicationId),
    SK: `WHLOG#${webhookId}#${at}#${eventId}#${attempt}`,
  }),
  /** A pending SberBusiness ID authorization, by the SHA-256 of its single-use `state`. */
  bankAuthorization: (stateHash: string): ItemKey => ({
    PK: `BANKAUTH#${stateHash}`,
    SK: 'STATE',
  }),
} as const;
