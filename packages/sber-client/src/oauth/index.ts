export {
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
  createAuthorizationRequest,
} from './authorization-request.js';
export {
  createGatewayTokenProvider,
  type GatewayTokenProviderOptions,
} from './gateway-token-provider.js';
export {
  type SberOAuthEndpoints,
  sberOAuthEndpoints,
  sberOAuthEndpointsAt,
} from './oauth-endpoints.js';
export { type OAuthRefusalDetails, SberOAuthError } from './oauth-error.js';
export { createPkcePair, type PkcePair, pkceChallengeOf } from './pkce.js';
export {
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberOAuthClient,
  type SberOAuthClientOptions,
  type SberTokenSet,
} from './sber-oauth-client.js';
export { createSberTokenProvider, type SberTokenProviderOptions } from './sber-token-provider.js';
