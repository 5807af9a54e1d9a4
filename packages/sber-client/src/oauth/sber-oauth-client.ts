import { bodyField, type FetchFunction } from '@devportal/http-transport';
import { SberProtocolError } from '../errors/transport-errors.js';
import { requestTokens } from './token-endpoint-request.js';

/** How to reach SberBusiness ID's token endpoint as a registered client. */
export interface SberOAuthClientOptions {
  /** `tokenUrl` of {@link SberOAuthEndpoints}. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** A `fetch` with the client certificate (mTLS) in production; the global one otherwise. */
  readonly fetch?: FetchFunction;
  /** Give up on an answer after this long (default 10 s). */
  readonly timeoutMs?: number;
}

/** Tokens issued by SberBusiness ID. */
export interface SberTokenSet {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'Bearer';
  /** Seconds the access token is valid from now (the bank says 3600). */
  readonly expiresIn: number;
  /** The services granted. */
  readonly scopes: readonly string[];
  readonly idToken?: string;
}

/** How long the bank's refresh tokens live (its documentation: 180 days); the answer does not say. */
export const SBER_REFRESH_TOKEN_LIFETIME_SECONDS = 180 * 24 * 60 * 60;

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * SberBusiness ID's token endpoint: exchanges an authorization code (with its PKCE verifier) or a
 * refresh token for tokens. Nothing is retried: a code is single use, and a refresh that reached
 * the bank may have rotated the tokens already.
 *
 * @example
 * const oauth = new SberOAuthClient({ ...sberOAuthEndpoints.test, clientId, clientSecret });
 * const tokens = await oauth.exchangeCode({ code, redirectUri, codeVerifier });
 */
export class SberOAuthClient {
  readonly #options: SberOAuthClientOptions;

  constructor(options: SberOAuthClientOptions) {
    this.#options = options;
  }

  /** Tokens for the authorization code the redirect brought back. */
  exchangeCode(grant: {
    readonly code: string;
    readonly redirectUri: string;
    readonly codeVerifier: string;
  }): Promise<SberTokenSet> {
    return this.#requestTokens({
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.codeVerifier,
    });
  }

  /** New tokens for a refresh token; the bank keeps accepting the old one for two hours. */
  refresh(refreshToken: string): Promise<SberTokenSet> {
    return this.#requestTokens({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  async #requestTokens(grant: Record<string, string>): Promise<SberTokenSet> {
    const { tokenUrl, clientId, clientSecret, fetch } = this.#options;
    const body = await requestTokens(
      {
        url: tokenUrl,
        issuer: 'SberBusiness ID',
        fetch,
        timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      },
      { ...grant, client_id: clientId, client_secret: clientSecret },
    );
    return tokenSetOf(body);
  }
}

function tokenSetOf(body: unknown): SberTokenSet {
  const accessToken = bodyField(body, 'access_token');
  const refreshToken = bodyField(body, 'refresh_token');
  const expiresIn = bodyField(body, 'expires_in');
  const scope = bodyField(body, 'scope');
  const idToken = bodyField(body, 'id_token');
  if (
    typeof accessToken !== 'string' ||
    typeof refreshToken !== 'string' ||
    typeof expiresIn !== 'number' ||
    bodyField(body, 'token_type') !== 'Bearer'
  ) {
    throw new SberProtocolError('SberBusiness ID answered a token request without usable tokens');
  }
  return {
    accessToken,
    refreshToken,
    tokenType: 'Bearer',
    expiresIn,
    scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [],
    ...(typeof idToken === 'string' && { idToken }),
  };
}
