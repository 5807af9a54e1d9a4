import type { Authenticator, Credentials } from './authenticator.js';
import { type Person, personFromClaims } from './person.js';

/**
 * An {@link Authenticator} for Lambda behind API Gateway's JWT authorizer (Cognito): the
 * authorizer verified the token before the function ran, so its claims are trusted as they come.
 */
export const apiGatewayAuthenticator: Authenticator = {
  async authenticate({ authorizerClaims }: Credentials): Promise<Person | undefined> {
    return authorizerClaims === undefined ? undefined : personFromClaims(authorizerClaims);
  },
};
