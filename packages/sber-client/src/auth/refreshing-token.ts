import type { TokenProvider, TokenRequest } from '@devportal/http-transport';
import { SberConfigurationError } from '../errors/transport-errors.js';

/** An access token and the instant it stops working (epoch milliseconds). */
export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresAt: number;
}

/** Refresh a token this long before it expires, unless told otherwise. */
export const DEFAULT_REFRESH_AHEAD_MS = 60_000;

/**
 * One access token kept in memory and renewed by `issue` when it is missing, near its expiry
 * (`refreshAheadMs` before) or refused (`forceRefresh`). Renewals are single-flight: callers that
 * need a token while one is being issued wait for that one. A caller's signal ends its own wait
 * only; the renewal goes on for the others (a refresh that reached the server may have rotated
 * the tokens, so it is never abandoned halfway).
 */
export class RefreshingToken {
  readonly #issue: () => Promise<IssuedToken>;
  readonly #refreshAheadMs: number;
  #current: IssuedToken | undefined;
  #pending: Promise<IssuedToken> | undefined;

  constructor(
    issue: () => Promise<IssuedToken>,
    refreshAheadMs = DEFAULT_REFRESH_AHEAD_MS,
    current?: IssuedToken,
  ) {
    if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) {
      throw new SberConfigurationError(
        `refreshAheadMs must be a number of milliseconds from 0, got ${refreshAheadMs}`,
      );
    }
    this.#issue = issue;
    this.#refreshAheadMs = refreshAheadMs;
    this.#current = current;
  }

  /** The `tokenProvider` of a client. */
  readonly provide: TokenProvider = async ({ forceRefresh, signal }: TokenRequest) => {
    const current = this.#current;
    if (!forceRefresh && current && current.expiresAt - Date.now() > this.#refreshAheadMs) {
      return current.accessToken;
    }
    return (await untilAborted(this.#renew(), signal)).accessToken;
  };

  #renew(): Promise<IssuedToken> {
    this.#pending ??= this.#issue()
      .then((token) => {
        this.#current = token;
        return token;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
