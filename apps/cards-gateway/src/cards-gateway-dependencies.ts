import type { BankContourAccess } from '@devportal/bank-access';
import type {
  ClientSecretHasher,
  Clock,
  DomainCrypto,
  PortalRepositories,
} from '@devportal/portal-domain';
import type { GatewaySigningKeys } from './auth/gateway-signing-keys.js';
import type { BankUpstreamLimits } from './bank/bank-upstream.js';
import type { FailedAttemptLimits } from './oauth/failed-attempt-throttle.js';
import type { QuotaWarningListener } from './plans/quota-warning.js';

/** A fault the gateway absorbed (an analytics write, a record, a listener): reported, never thrown at a caller. */
export type GatewayFaultReporter = (what: string, error: unknown) => void;

/** Everything the gateway runs on, created by the caller (see `config.ts`). */
export interface CardsGatewayDependencies {
  /**
   * The portal's repositories on its single table (portal-dynamodb's `dynamoRepositories`, see its
   * STORAGE.md), built once by the caller and shared with the contours' bank connections.
   */
  readonly repositories: PortalRepositories;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Client Secrets' keyed hash, with the pepper set shared by the portal API. */
  readonly hasher: ClientSecretHasher;
  /** The key set gateway tokens are signed and verified with; shared by every instance. */
  readonly signingKeys: GatewaySigningKeys;
  /**
   * How each contour is reached (`@devportal/bank-access`), shared with the status sync; plans
   * of a contour missing here are answered 503.
   */
  readonly contours: BankContourAccess;
  /**
   * Timeouts and the circuit breaker of each contour's calls (default: 3 s to connect, 10 s in
   * all; 5 failures in a row open the breaker for 15 s); `now` defaults to `clock`.
   */
  readonly bankLimits?: BankUpstreamLimits;
  /** Where the bank's API is served (default `/cards/fintech/api`). */
  readonly basePath?: string;
  /** Told when an application crosses 80, 90 or 100 % of a quota window (default: logged). */
  readonly onQuotaWarning?: QuotaWarningListener;
  /** Told about absorbed faults (default: one JSON line on stderr, without secrets). */
  readonly onFault?: GatewayFaultReporter;
  /** Failed client-credential attempts allowed per Client ID (default 5 a minute) and per source address (20). */
  readonly failedAttempts?: FailedAttemptLimits;
  /**
   * How long to hold the answer to an address the token throttle refused (default 0, as Lambda
   * needs; a long-lived Node server passes `NODE_TOKEN_REFUSAL_HOLD_MS`).
   */
  readonly tokenRefusalHoldMs?: number;
  /** The largest accepted request body (default 64 KiB). */
  readonly maxBodyBytes?: number;
}
