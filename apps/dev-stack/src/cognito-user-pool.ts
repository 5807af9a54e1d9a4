import {
  type Authenticator,
  cognitoEndpointOf,
  jwtAuthenticator,
  remoteKeys,
} from '@devportal/portal-api';

/**
 * A Cognito user pool the local stack signs people in with instead of its dev identity provider
 * (cognito-local in the browser tests): the site's `/config.json` names it, the site's CSP lets
 * the pages call it, and the portal API trusts the ID tokens it issues, as in AWS.
 */
export interface CognitoUserPool {
  /** Its user-pool API (an emulator's origin); Cognito's regional endpoint when omitted. */
  readonly endpoint?: string;
  readonly region: string;
  readonly userPoolId: string;
  /** The site's public app client: the audience of the ID tokens the portal API accepts. */
  readonly userPoolClientId: string;
}

/** The `identity` of the site's `/config.json` for the pool (apps/portal-web's README). */
export interface CognitoSiteIdentity {
  readonly kind: 'cognito';
  readonly region: string;
  readonly userPoolClientId: string;
  readonly endpoint?: string;
}

export function cognitoSiteIdentity(pool: CognitoUserPool): CognitoSiteIdentity {
  return {
    kind: 'cognito',
    region: pool.region,
    userPoolClientId: pool.userPoolClientId,
    ...(pool.endpoint !== undefined && { endpoint: pool.endpoint }),
  };
}

/** The portal API's token check for the pool: its keys, its issuer, the site's client. */
export function cognitoAuthenticator(pool: CognitoUserPool): Authenticator {
  const issuer = `${cognitoEndpointOf(pool).replace(/\/+$/, '')}/${pool.userPoolId}`;
  return jwtAuthenticator({
    keys: remoteKeys(`${issuer}/.well-known/jwks.json`),
    issuer,
    audience: pool.userPoolClientId,
  });
}
