/** A signed-in person's ID token; kept in sessionStorage only, so it dies with the tab. */
export interface Session {
  readonly idToken: string;
  /** Cognito's access token, which its profile calls take; absent where the ID token serves. */
  readonly accessToken?: string;
  /** epoch milliseconds */
  readonly expiresAt: number;
  readonly email: string;
}

/** What a sign-up asks for. */
export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  /** the site's language the person signs up in: it names their test organisation */
  readonly locale?: string;
}

/** The person as their identity provider keeps them: what the profile page shows and edits. */
export interface Profile {
  readonly email: string;
  readonly name: string;
  /** the site's language they chose (`ru`, `en`), once they did */
  readonly locale?: string;
}

/** What the profile page may change. */
export interface ProfileChanges {
  readonly name: string;
  readonly locale: string;
}

/** A sign-up or sign-in the identity provider refused, with the field it blames when it says. */
export class IdentityError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'taken' | 'wrongCredentials' | 'unavailable',
  ) {
    super(message);
    this.name = 'IdentityError';
  }
}

/**
 * Registration and password sign-in, whichever service provides them: the dev identity provider
 * locally, Amazon Cognito in AWS. The rest of the site sees only this.
 */
export interface IdentityProvider {
  /** Registers a person; `confirmationRequired` when a code sent by e-mail must be entered. */
  signUp(input: SignUpInput): Promise<{ readonly confirmationRequired: boolean }>;
  /** Enters the code a sign-up sent by e-mail. */
  confirmSignUp(email: string, code: string): Promise<void>;
  signIn(email: string, password: string): Promise<Session>;
  /**
   * Sends a password reset code to `email`; resolves alike whether or not it is registered (the
   * page says the same in both cases).
   */
  forgotPassword(email: string): Promise<void>;
  /** Sets `password` with the code sent; a wrong, used or expired code is `invalid`. */
  confirmForgotPassword(email: string, code: string, password: string): Promise<void>;
  getProfile(session: Session): Promise<Profile>;
  /** Saves the changes; resolves a session whose token carries them when the provider issues one. */
  updateProfile(session: Session, changes: ProfileChanges): Promise<Session | undefined>;
}

/** The `exp` of a JWT in epoch milliseconds (the token is only read, never trusted here). */
export function expiryOf(jwt: string, fallbackSeconds: number): number {
  const payload = jwt.split('.')[1];
  try {
    const claims = JSON.parse(atob(payload?.replace(/-/g, '+').replace(/_/g, '/') ?? '')) as {
      exp?: unknown;
    };
    if (typeof claims.exp === 'number') return claims.exp * 1000;
  } catch {
    // A token that is not a readable JWT still works until the API refuses it.
  }
  return Date.now() + fallbackSeconds * 1000;
}
