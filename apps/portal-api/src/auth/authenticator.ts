import type { Person } from './person.js';

/** What a request offers to prove who is calling. */
export interface Credentials {
  /** The `Authorization` header, if any. */
  readonly authorization: string | undefined;
  /** Claims API Gateway's JWT authorizer verified already (Lambda only). */
  readonly authorizerClaims: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Establishes the person behind a request: resolves `undefined` when the credentials prove
 * nobody (missing, malformed, expired, wrongly signed, wrong issuer or audience).
 */
export interface Authenticator {
  authenticate(credentials: Credentials): Promise<Person | undefined>;
}
