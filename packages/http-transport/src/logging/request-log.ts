/** How one HTTP exchange ended. */
export type ExchangeOutcome = 'response' | 'network-error' | 'timeout' | 'aborted';

/** One HTTP exchange, as given to the `logger` hook; credentials are redacted. */
export interface RequestLogEvent {
  /** the client's id of the logical call; its retries share it */
  readonly callId: string;
  readonly operationId: string;
  readonly method: string;
  /** path and query of the URL called */
  readonly path: string;
  /** the HTTP status, when a response arrived */
  readonly status: number | undefined;
  readonly outcome: ExchangeOutcome;
  readonly durationMs: number;
  /** 0 for the first attempt, then 1, 2, … */
  readonly retryCount: number;
  /** whether the token was fetched with `forceRefresh` after a 401 */
  readonly tokenRefreshed: boolean;
  /** request headers, `Authorization` and cookies replaced by `[REDACTED]` */
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** what went wrong when no response arrived (e.g. `ECONNRESET`) */
  readonly error: string | undefined;
}

/** Receives one event per HTTP exchange. Exceptions it throws are ignored. */
export type RequestLogger = (event: RequestLogEvent) => void;
