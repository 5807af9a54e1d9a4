import type { FetchFunction, TlsOptions, TokenProvider } from '@devportal/http-transport';
import type { SberLogger } from '../logging/request-log.js';
import type { SberEnvironment } from './environment.js';

/** The client certificate for the bank's mutual TLS (port 9443), and the CA to trust. */
export type SberTlsOptions = TlsOptions;

/** A fixed access token, or a provider asked before every request. */
export type SberAuthOptions =
  | {
      /** a SberBusiness ID access token; a 401 is final, since it cannot be refreshed */
      readonly accessToken: string;
      readonly tokenProvider?: never;
    }
  | {
      /** asked for a token before every request, and with `forceRefresh` after a 401 */
      readonly tokenProvider: TokenProvider;
      readonly accessToken?: never;
    };

/** How long to wait between attempts. */
export interface SberBackoffOptions {
  /** the first delay, doubled on each retry (500) */
  readonly initialDelayMs?: number;
  /** the cap of a delay (8000) */
  readonly maxDelayMs?: number;
  /** a longer `Retry-After` is not waited for: the error is thrown at once (60000) */
  readonly maxRetryAfterMs?: number;
}

/** Settings of a client; see `createSberClient`. */
export type SberClientOptions = SberAuthOptions & {
  /** `'test'` or `'production'` (the spec's two contours), or a base URL such as the sandbox's */
  readonly environment: SberEnvironment;
  /** retries after the first attempt, on network errors, timeouts, 408, 429 and 5xx (2) */
  readonly maxRetries?: number;
  /** limit of one attempt, in milliseconds (30000) */
  readonly timeoutMs?: number;
  readonly backoff?: SberBackoffOptions;
  /** check paths, queries and bodies against the spec's patterns before sending (true) */
  readonly validateRequests?: boolean;
  /** the client certificate for mutual TLS (required by the bank on port 9443) */
  readonly tls?: SberTlsOptions;
  /** a `fetch` to send through (a proxy, a test double); not combinable with `tls` */
  readonly fetch?: FetchFunction;
  /** receives one event per HTTP exchange, credentials redacted */
  readonly logger?: SberLogger;
};
