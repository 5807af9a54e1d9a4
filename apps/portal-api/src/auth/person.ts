import { type PortalLanguage, portalLanguageOf } from '@devportal/portal-domain';

/** The person behind a request, as the identity provider vouches for them. */
export interface Person {
  /** The identity provider's stable subject (`sub`). */
  readonly userId: string;
  readonly email: string;
  readonly name?: string;
  /** The site's language the person chose at the identity provider (`locale`), when a portal one. */
  readonly language?: PortalLanguage;
  /** A bank platform operator: member of the identity provider's `operators` group. */
  readonly operator: boolean;
}

/** The identity provider's group of bank platform operators. */
export const OPERATORS_GROUP = 'operators';

/**
 * The person named by verified ID-token claims (`sub`, `email`, `name`, `locale`, `cognito:groups`), or
 * `undefined` when the claims do not name one. Only an ID token (`token_use` `id`) names a person:
 * API Gateway's JWT authorizer also passes the user pool's access tokens (their `client_id` is the
 * audience), which are meant for other resource servers.
 */
export function personFromClaims(claims: Readonly<Record<string, unknown>>): Person | undefined {
  const { sub, email, name, token_use: tokenUse } = claims;
  const language = portalLanguageOf(claims.locale);
  if (tokenUse !== 'id') return undefined;
  if (typeof sub !== 'string' || sub === '' || typeof email !== 'string' || email === '') {
    return undefined;
  }
  return {
    userId: sub,
    email,
    ...(typeof name === 'string' && name !== '' && { name }),
    ...(language !== undefined && { language }),
    operator: groupsOf(claims['cognito:groups']).includes(OPERATORS_GROUP),
  };
}

/**
 * Cognito's groups: an array in the token itself, but API Gateway's JWT authorizer hands claims
 * to the Lambda flattened into one string, `[operators admins]`.
 */
function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((group) => typeof group === 'string');
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter((group) => group !== '');
}
