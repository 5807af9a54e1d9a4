import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  ClientSecretHasher,
  Clock,
  DomainCrypto,
  KeyEncryptionPort,
  SyncRunPolicy,
  WebhookDestinationPolicy,
} from '@devportal/portal-domain';
import type { FetchFunction } from '@devportal/sber-client';
import type { Authenticator } from './auth/authenticator.js';
import type { Logger } from './http/access-log.js';
import type { LimitChangeSyncTrigger } from './limit-changes/limit-change-sync-trigger.js';
import type { PortalMailSettings } from './mail/portal-mail-settings.js';

/** The portal's registration as an OAuth client of SberBusiness ID. */
export interface BankOAuthSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  /** SberBusiness ID's consent page (`sberOAuthEndpoints` or the sandbox's). */
  readonly authorizeUrl: string;
  /** SberBusiness ID's token endpoint. */
  readonly tokenUrl: string;
  /** Where the bank sends the browser back: the website's `/bank-connection/callback` page. */
  readonly redirectUri: string;
  /** The services asked for when the request names none (default: all the product needs). */
  readonly defaultScopes?: readonly string[];
  /** How long a started authorization may be completed (default 600 s). */
  readonly stateLifetimeSeconds?: number;
  /** A `fetch` carrying the client certificate (mTLS) for the token endpoint in production. */
  readonly fetch?: FetchFunction;
}

/** Everything the portal API runs on, created by the caller (see `config.ts` for Lambda). */
export interface PortalApiDependencies {
  readonly dynamoDb: DynamoDBClient;
  /** The portal's single table (see portal-dynamodb's STORAGE.md). */
  readonly tableName: string;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Client Secrets' keyed hash, with the pepper set shared by the cards gateway. */
  readonly hasher: ClientSecretHasher;
  readonly authenticator: Authenticator;
  readonly bankOAuth: BankOAuthSettings;
  /** Wraps the data keys that seal bank tokens (KMS in AWS, a local key file in dev). */
  readonly keyEncryption: KeyEncryptionPort;
  /**
   * Starts the status sync of one organisation on a member's request, without waiting for it: in
   * process on the local stack, the status-sync Lambda invoked asynchronously in AWS
   * (`lambdaSyncTrigger`).
   */
  readonly limitChangeSync: LimitChangeSyncTrigger;
  /** The cooldown between a member's sync runs and their timeout (`DEFAULT_SYNC_RUN_POLICY`). */
  readonly syncRunPolicy?: SyncRunPolicy;
  /**
   * Where webhooks may point and how their names resolve. Leave it unset in AWS: the default is
   * https on port 443 to names whose every address is public, resolved by the machine's DNS. The
   * local stack also allows http to loopback and any port for receivers on this machine.
   */
  readonly webhookDestinations?: WebhookDestinationPolicy;
  /**
   * How e-mail is sent (invitations, access-request decisions), after the change committed; none
   * is sent when unset.
   */
  readonly mail?: PortalMailSettings;
  /** Where the per-request line and fault reports go (JSON lines on stdout by default). */
  readonly logger?: Logger;
  /** The largest accepted request body (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /**
   * On Node, the addresses of proxies in front of the server whose `x-forwarded-for` entry is
   * believed for the audit trail's source address. None by default: the socket's peer is the
   * client, and a header any client can write is ignored. Unused on Lambda (API Gateway's
   * `sourceIp`).
   */
  readonly trustedProxies?: readonly string[];
}
