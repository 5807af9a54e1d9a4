import type { CognitoIdentityConfig } from '../config/runtime-config.js';
import { expiryOf, IdentityError, type IdentityProvider } from './identity-provider.js';

/**
 * Amazon Cognito's user-pool API called directly from the browser (`SignUp`, `ConfirmSignUp`,
 * `InitiateAuth` with `USER_PASSWORD_AUTH`, `ForgotPassword`, `ConfirmForgotPassword`, and
 * `GetUser` / `UpdateUserAttributes` with the person's access token): the app client must allow
 * that flow and have no client secret, as a public web client should. `endpoint` replaces
 * Cognito's regional one (an emulator such as cognito-local in tests).
 */
export function cognitoIdentityProvider(config: CognitoIdentityConfig): IdentityProvider {
  const endpoint = config.endpoint ?? `https://cognito-idp.${config.region}.amazonaws.com/`;
  /** An operation of the app client (its id in the body). */
  const call = (target: string, body: object) =>
    callAs(target, { ClientId: config.userPoolClientId, ...body });
  /** An operation of the signed-in person (their access token in the body, no client id). */
  const callAs = async (target: string, body: object): Promise<Record<string, unknown>> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
    }).catch((error: unknown) => {
      throw new IdentityError(String(error), 'unavailable');
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return answer;
    throw new IdentityError(String(answer.message ?? target), cognitoErrorKind(answer.__type));
  };

  return {
    async signUp({ email, password, name, locale }) {
      const answer = await call('SignUp', {
        Username: email,
        Password: password,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: name },
          ...(locale !== undefined ? [{ Name: 'locale', Value: locale }] : []),
        ],
      });
      return { confirmationRequired: answer.UserConfirmed !== true };
    },
    async confirmSignUp(email, code) {
      await call('ConfirmSignUp', { Username: email, ConfirmationCode: code });
    },
    async signIn(email, password) {
      const answer = await call('InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }).catch((error: unknown) => {
        // A refused password is wrong credentials whichever exception names it (Cognito says
        // NotAuthorized, emulators InvalidPassword), never a form error the page would show.
        if (error instanceof IdentityError && error.kind === 'invalid') {
          throw new IdentityError(error.message, 'wrongCredentials');
        }
        throw error;
      });
      const result = answer.AuthenticationResult as {
        IdToken: string;
        AccessToken: string;
        ExpiresIn: number;
      };
      return {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        expiresAt: expiryOf(result.IdToken, result.ExpiresIn),
        email,
      };
    },
    async forgotPassword(email) {
      try {
        await call('ForgotPassword', { Username: email });
      } catch (error) {
        // With the user pool's PreventUserExistenceErrors, Cognito answers alike; without it, the
        // page still must not tell.
        if (!(error instanceof IdentityError && error.kind === 'wrongCredentials')) throw error;
      }
    },
    async confirmForgotPassword(email, code, password) {
      try {
        await call('ConfirmForgotPassword', {
          Username: email,
          ConfirmationCode: code,
          Password: password,
        });
      } catch (error) {
        // An unknown address is a wrong code, as the dev identity provider answers it.
        if (error instanceof IdentityError && error.kind === 'wrongCredentials') {
          throw new IdentityError(error.message, 'invalid');
        }
        throw error;
      }
    },
    async getProfile(session) {
      const answer = await callAs('GetUser', { AccessToken: session.accessToken });
      const attributes = new Map(
        ((answer.UserAttributes ?? []) as { Name: string; Value: string }[]).map((attribute) => [
          attribute.Name,
          attribute.Value,
        ]),
      );
      const locale = attributes.get('locale');
      return {
        email: attributes.get('email') ?? session.email,
        name: attributes.get('name') ?? '',
        ...(locale !== undefined && { locale }),
      };
    },
    async updateProfile(session, { name, locale }) {
      await callAs('UpdateUserAttributes', {
        AccessToken: session.accessToken,
        UserAttributes: [
          { Name: 'name', Value: name },
          { Name: 'locale', Value: locale },
        ],
      });
      // The ID token keeps the old claims until the next sign-in; the profile reads GetUser.
      return undefined;
    },
  };
}

function cognitoErrorKind(type: unknown): IdentityError['kind'] {
  const name = String(type ?? '');
  if (name.includes('UsernameExists')) return 'taken';
  if (name.includes('NotAuthorized') || name.includes('UserNotFound')) return 'wrongCredentials';
  if (
    name.includes('InvalidParameter') ||
    name.includes('InvalidPassword') ||
    name.includes('CodeMismatch') ||
    name.includes('ExpiredCode') ||
    name.includes('LimitExceeded')
  ) {
    return 'invalid';
  }
  return 'unavailable';
}
