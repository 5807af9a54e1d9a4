import type { TokenProvider } from '@devportal/http-transport';
import { type IssuedToken, RefreshingToken } from '../auth/refreshing-token.js';
import type { SberOAuthClient, SberTokenSet } from './sber-oauth-client.js';

/** What the bank's token provider starts from, and where it reports new refresh tokens. */
export interface SberTokenProviderOptions {
  /** SberBusiness ID's token endpoint, with your Client ID and Client Secret */
  readonly oauth: SberOAuthClient;
  /**
   * The tokens to start from: the set `exchangeCode` returned (its access token is used until it
   * nears expiry, counted from now), or a refresh token you stored (the first call refreshes).
   */
  readonly tokens: SberTokenSet | { readonly refreshToken: string };
  /**
   * Called with every new token set, before its access token is used. Store `refreshToken`: each
   * refresh replaces it, and the bank accepts the replaced one for two more hours only. While the
   * hook fails, the calls that wait for a token fail with its error, and it is called again with
   * the same tokens (the bank is not asked again) on the next call.
   */
  readonly onRefreshToken: (refreshToken: string, tokens: SberTokenSet) => void | Promise<void>;
  /** refresh this long before the access token expires, in milliseconds (60000) */
  readonly refreshAheadMs?: number;
}

/**
 * A `tokenProvider` for SberBusiness ID's tokens: it keeps the access token (60 minutes) in memory,
 * refreshes it with the refresh token (180 days, rotated by each refresh) before it expires or
 * after a 401, one refresh at a time however many calls wait, and hands every new refresh token
 * to `onRefreshToken`. Failures of the bank's token endpoint are `SberOAuthError`s (`invalid_grant`:
 * the refresh token expired or was revoked, the user must consent again).
 *
 * @example
 * ```ts
 * const oauth = new SberOAuthClient({ ...sberOAuthEndpoints.production, clientId, clientSecret, fetch: mtlsFetch });
 * const client = createSberClient({
 *   environment: 'production',
 *   tokenProvider: createSberTokenProvider({
 *     oauth,
 *     tokens: { refreshToken: await vault.read('sber-refresh-token') },
 *     onRefreshToken: (refreshToken) => vault.write('sber-refresh-token', refreshToken),
 *   }),
 * });
 * ```
 */
export function createSberTokenProvider(options: SberTokenProviderOptions): TokenProvider {
  let refreshToken = options.tokens.refreshToken;
  /** A set the bank issued whose refresh token the hook has not yet accepted. */
  let unreported: { readonly tokens: SberTokenSet; readonly token: IssuedToken } | undefined;

  const issue = async (): Promise<IssuedToken> => {
    if (!unreported) {
      const tokens = await options.oauth.refresh(refreshToken);
      refreshToken = tokens.refreshToken;
      unreported = { tokens, token: issuedToken(tokens) };
    }
    await options.onRefreshToken(unreported.tokens.refreshToken, unreported.tokens);
    const { token } = unreported;
    unreported = undefined;
    return token;
  };

  const initial = 'accessToken' in options.tokens ? issuedToken(options.tokens) : undefined;
  return new RefreshingToken(issue, options.refreshAheadMs, initial).provide;
}

function issuedToken(tokens: SberTokenSet): IssuedToken {
  return { accessToken: tokens.accessToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
}
