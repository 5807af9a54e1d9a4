import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  ClientSecretHasher,
  Clock,
  DomainCrypto,
  KeyEncryptionPort,
} from '@devportal/portal-domain';
import type { SberTlsOptions } from '@devportal/sber-client';
import type { GatewaySigningKey } from './auth/gateway-signing-key.js';
import type { SandboxDemoSettings } from './contours/sandbox-demo-session.js';
import type { FailedAttemptLimits } from './oauth/failed-attempt-throttle.js';
import type { QuotaWarningListener } from './plans/quota-warning.js';

/** The bank itself: where production plans' calls go, and how the organisations' tokens are refreshed. */
export interface ProductionContourSettings {
  /** The API's base URL, e.g. `https://fintech.sberbank.ru:9443/fintech/api`. */
  readonly apiBaseUrl: string;
  /** The client certificate the bank requires on port 9443 (mutual TLS), and the CA to trust. */
  readonly tls?: SberTlsOptions;
  /** SberBusiness ID's token endpoint and the portal's client there (to refresh tokens). */
  readonly oauth: {
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecret: string;
  };
}

/** Where sandbox plans' calls go. */
export interface SandboxContourSettings {
  /** The sandbox API's base URL, e.g. `http://127.0.0.1:8443/fintech/api`. */
  readonly apiBaseUrl: string;
  /** The shared demo organisation every sandbox call acts for. */
  readonly demo: SandboxDemoSettings;
}

/** A fault the gateway absorbed (a flush, a record, a listener): reported, never thrown at a caller. */
export type GatewayFaultReporter = (what: string, error: unknown) => void;

/** Everything the gateway runs on, created by the caller (see `config.ts`). */
export interface CardsGatewayDependencies {
  readonly dynamoDb: DynamoDBClient;
  /** The portal's single table (see portal-domain's STORAGE.md). */
  readonly tableName: string;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Client Secrets' slow hash (a cheaper cost in tests). */
  readonly hasher: ClientSecretHasher;
  /** Opens the organisations' sealed bank tokens (KMS in AWS, a local key file in dev). */
  readonly keyEncryption: KeyEncryptionPort;
  /** Signs and verifies gateway tokens; shared by every instance. */
  readonly signingKey: GatewaySigningKey;
  readonly sandbox: SandboxContourSettings;
  /** Without it, production plans' calls are answered 503. */
  readonly production?: ProductionContourSettings;
  /** Where the bank's API is served (default `/cards/fintech/api`). */
  readonly basePath?: string;
  /** Told when an application crosses 80, 90 or 100 % of a quota window (default: logged). */
  readonly onQuotaWarning?: QuotaWarningListener;
  /** Told about absorbed faults (default: one JSON line on stderr, without secrets). */
  readonly onFault?: GatewayFaultReporter;
  /** How often analytics are written (default 5 s). */
  readonly analyticsFlushIntervalMs?: number;
  /** Failed client-credential attempts allowed per Client ID (default 5 a minute). */
  readonly failedAttempts?: FailedAttemptLimits;
  /** The largest accepted request body (default 64 KiB). */
  readonly maxBodyBytes?: number;
}
