import { bodyField, type FetchFunction, type TokenProvider } from '@devportal/http-transport';
import { type IssuedToken, RefreshingToken } from '../auth/refreshing-token.js';
import { SberProtocolError } from '../errors/transport-errors.js';
import { requestTokens, type TokenEndpoint } from './token-endpoint-request.js';

/** How to reach the cards gateway's token endpoint as a partner application. */
export interface GatewayTokenProviderOptions {
  /** the gateway's `POST /oauth/token`, e.g. `https://api.devportal.example/oauth/token` */
  readonly tokenUrl: string;
  /** the application's Client ID, from the portal */
  readonly clientId: string;
  /** the application's Client Secret, shown once when it was issued */
  readonly clientSecret: string;
  /** a `fetch` to send through (a proxy); the global one otherwise */
  readonly fetch?: FetchFunction;
  /** give up on an answer after this long, in milliseconds (10000) */
  readonly timeoutMs?: number;
  /** get a new token this long before the current one expires, in milliseconds (60000) */
  readonly refreshAheadMs?: number;
}

const ISSUER = 'the cards gateway';
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A `tokenProvider` for calls through the cards gateway: it obtains a gateway token with the
 * application's Client ID and Client Secret (OAuth 2.0 client credentials, sent by HTTP Basic),
 * keeps it in memory, and gets the next one before it expires (the gateway's live 15 minutes) or
 * after a 401, one request at a time however many calls wait. A refusal is a `SberOAuthError`
 * (`invalid_client`: an unknown Client ID or a wrong secret; `slow_down`: too many failures,
 * with `retryAfterMs`).
 *
 * @example
 * ```ts
 * const client = createSberClient({
 *   environment: 'https://api.devportal.example/cards/fintech/api',
 *   tokenProvider: createGatewayTokenProvider({
 *     tokenUrl: 'https://api.devportal.example/oauth/token',
 *     clientId: process.env.DEVPORTAL_CLIENT_ID!,
 *     clientSecret: process.env.DEVPORTAL_CLIENT_SECRET!,
 *   }),
 * });
 * ```
 */
export function createGatewayTokenProvider(options: GatewayTokenProviderOptions): TokenProvider {
  const endpoint: TokenEndpoint = {
    url: options.tokenUrl,
    issuer: ISSUER,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    authorization: basicAuthorization(options.clientId, options.clientSecret),
  };
  const issue = async (): Promise<IssuedToken> =>
    gatewayToken(await requestTokens(endpoint, { grant_type: 'client_credentials' }));
  return new RefreshingToken(issue, options.refreshAheadMs).provide;
}

/** HTTP Basic client authentication: each part form-encoded first (RFC 6749 §2.3.1). */
function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`)}`;
}

function gatewayToken(body: unknown): IssuedToken {
  const accessToken = bodyField(body, 'access_token');
  const expiresIn = bodyField(body, 'expires_in');
  if (
    typeof accessToken !== 'string' ||
    typeof expiresIn !== 'number' ||
    bodyField(body, 'token_type') !== 'Bearer'
  ) {
    throw new SberProtocolError(`${ISSUER} answered a token request without a usable token`);
  }
  return { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
}
