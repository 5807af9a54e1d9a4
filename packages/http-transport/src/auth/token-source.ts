/** What a token provider is told when asked for a token. */
export interface TokenRequest {
  /** true after the server refused the previous token (401): return a fresh one, not a cached one */
  readonly forceRefresh: boolean;
  /** the caller's signal, to abandon a refresh of an aborted call */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Supplies the bearer token; asked before every HTTP request, so it should cache the token and
 * refresh it when it nears expiry or when `forceRefresh` is set.
 */
export type TokenProvider = (request: TokenRequest) => string | Promise<string>;

/** Where the transport gets tokens, and whether asking again can yield a different one. */
export interface TokenSource {
  readonly get: TokenProvider;
  /** false for a fixed token: a 401 is then final, since asking again changes nothing */
  readonly canRefresh: boolean;
}

/** A token source that always answers the same token. */
export function fixedToken(token: string): TokenSource {
  return { get: () => token, canRefresh: false };
}

/** A token source backed by a provider, asked again with `forceRefresh` after a 401. */
export function providedTokens(provider: TokenProvider): TokenSource {
  return { get: provider, canRefresh: true };
}
