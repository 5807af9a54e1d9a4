import { createPkcePair } from './pkce.js';
import { randomBase64url } from './random-text.js';

/** What the authorize URL asks for. */
export interface AuthorizationRequestOptions {
  /** `authorizeUrl` of {@link SberOAuthEndpoints}. */
  readonly authorizeUrl: string;
  readonly clientId: string;
  /** One of the redirect URIs registered for the client. */
  readonly redirectUri: string;
  /** SberBusiness ID services; `openid` is added when missing. */
  readonly scopes: readonly string[];
  /** A given state; a new random one (256 bits, base64url) otherwise. */
  readonly state?: string;
  /** Pre-selects the SberBusiness user who consents. */
  readonly loginHint?: string;
}

/** A ready authorize URL, and what the client must keep until the redirect comes back. */
export interface AuthorizationRequest {
  /** Send the user's browser here. */
  readonly url: string;
  /** Compare it with the redirect's `state`; single use. */
  readonly state: string;
  /** Send it with the code exchange; a secret until then. */
  readonly codeVerifier: string;
}

const STATE_BYTES = 32;

/**
 * Builds the SberBusiness ID authorize URL of the authorization code flow with a `state` and a
 * PKCE challenge (S256).
 *
 * @example
 * const request = createAuthorizationRequest({
 *   ...sberOAuthEndpoints.test,
 *   clientId, redirectUri, scopes: ['BUSINESS_CARD_LIMIT'],
 * });
 * // keep request.state and request.codeVerifier; redirect the browser to request.url
 */
export function createAuthorizationRequest(
  options: AuthorizationRequestOptions,
): AuthorizationRequest {
  const state = options.state ?? randomBase64url(STATE_BYTES);
  const pkce = createPkcePair();
  const scopes = options.scopes.includes('openid') ? options.scopes : ['openid', ...options.scopes];
  const url = new URL(options.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', pkce.codeChallenge);
  url.searchParams.set('code_challenge_method', pkce.codeChallengeMethod);
  if (options.loginHint !== undefined) url.searchParams.set('login_hint', options.loginHint);
  return { url: url.toString(), state, codeVerifier: pkce.codeVerifier };
}
