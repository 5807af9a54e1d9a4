import type {
  Backoff,
  FetchFunction,
  RequestLogger,
  TokenProvider,
} from '@devportal/http-transport';

/** A fixed token, or a provider asked before every request. */
export type PortalAuthOptions =
  | {
      /** a person's JWT from the identity provider; a 401 is final, since it cannot be refreshed */
      readonly token: string;
      readonly tokenProvider?: never;
    }
  | {
      /** asked for a JWT before every request, and with `forceRefresh` after a 401 */
      readonly tokenProvider: TokenProvider;
      readonly token?: never;
    };

/** Settings of a client; see `createPortalClient`. */
export type PortalClientOptions = PortalAuthOptions & {
  /** the portal's origin, e.g. `https://portal.example.com` or `http://localhost:3000` */
  readonly baseUrl: string;
  /** retries of idempotent calls (GET, PUT, DELETE) after the first attempt (2) */
  readonly maxRetries?: number;
  /** limit of one attempt, body included, in milliseconds (30000) */
  readonly timeoutMs?: number;
  /** waits between attempts: `min(0.5 s·2^n, 8 s)` jittered, `Retry-After` up to 60 s */
  readonly backoff?: Partial<Backoff>;
  /** a `fetch` to send through (a proxy, a tracer, a test double) */
  readonly fetch?: FetchFunction;
  /** receives one event per HTTP exchange, credentials redacted */
  readonly logger?: RequestLogger;
};
