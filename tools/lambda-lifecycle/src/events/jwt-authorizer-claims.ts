/** A person signed in at the user pool (Cognito), whose ID token the JWT authorizer verified. */
export interface SignedInPerson {
  /** The user pool's subject, the portal's user id. */
  readonly sub: string;
  readonly email: string;
  readonly name?: string;
  /** The user pool groups they belong to (`operators` for a bank platform operator). */
  readonly groups?: readonly string[];
}

const USER_POOL = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_harness';
const WEB_CLIENT_ID = 'harness-web-client';
const ONE_HOUR_S = 3_600;

/**
 * The claims of `person`'s Cognito ID token as API Gateway's JWT authorizer puts them in the
 * event (`requestContext.authorizer.jwt.claims`): every value a string, numbers and booleans
 * written out, a list flattened to `[a b]`.
 */
export function jwtAuthorizerClaims(
  person: SignedInPerson,
  now: Date = new Date(),
): Record<string, string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return {
    sub: person.sub,
    iss: USER_POOL,
    aud: WEB_CLIENT_ID,
    token_use: 'id',
    'cognito:username': person.sub,
    email: person.email,
    email_verified: 'true',
    ...(person.name !== undefined && { name: person.name }),
    ...(person.groups && { 'cognito:groups': `[${person.groups.join(' ')}]` }),
    auth_time: String(issuedAt),
    iat: String(issuedAt),
    exp: String(issuedAt + ONE_HOUR_S),
  };
}
