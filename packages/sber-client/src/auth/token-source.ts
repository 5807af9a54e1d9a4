import { SberConfigurationError } from '../errors/transport-errors.js';
/** What a token provider is told when asked for a token. */
export interface TokenRequest {
  /** true after the bank refused the previous token (401): return a fresh one, not a cached one */
  readonly forceRefresh: boolean;
  /** the caller's signal, to abandon a refresh of an aborted call */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Supplies the SberBusiness ID access token; asked before every HTTP request, so it should cache
 * the token and refresh it when it nears expiry or when `forceRefresh` is set.
 */
export type TokenProvider = (request: TokenRequest) => string | Promise<string>;

/** Where the transport gets tokens, and whether asking again can yield a different one. */
export interface TokenSource {
  readonly get: TokenProvider;
  readonly canRefresh: boolean;
}

/** A token source from either a fixed token or a provider. */
export function tokenSource(auth: {
  accessToken?: string;
  tokenProvider?: TokenProvider;
}): TokenSource {
  if (auth.tokenProvider) return { get: auth.tokenProvider, canRefresh: true };
  const { accessToken } = auth;
  if (accessToken === undefined) {
    throw new SberConfigurationError('createSberClient needs either accessToken or tokenProvider');
  }
  return { get: () => accessToken, canRefresh: false };
}
