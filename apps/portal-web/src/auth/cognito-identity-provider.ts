import type { CognitoIdentityConfig } from '../config/runtime-config.js';
import { expiryOf, IdentityError, type IdentityProvider } from './identity-provider.js';

/**
 * Amazon Cognito's user-pool API called directly from the browser (`SignUp`, `ConfirmSignUp`,
 * `InitiateAuth` with `USER_PASSWORD_AUTH`): the app client must allow that flow and have no
 * client secret, as a public web client should.
 */
export function cognitoIdentityProvider(config: CognitoIdentityConfig): IdentityProvider {
  const endpoint = `https://cognito-idp.${config.region}.amazonaws.com/`;
  const call = async (target: string, body: object): Promise<Record<string, unknown>> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify({ ClientId: config.userPoolClientId, ...body }),
    }).catch((error: unknown) => {
      throw new IdentityError(String(error), 'unavailable');
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return answer;
    throw new IdentityError(String(answer.message ?? target), cognitoErrorKind(answer.__type));
  };

  return {
    async signUp({ email, password, name }) {
      const answer = await call('SignUp', {
        Username: email,
        Password: password,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: name },
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
      });
      const result = answer.AuthenticationResult as { IdToken: string; ExpiresIn: number };
      return {
        idToken: result.IdToken,
        expiresAt: expiryOf(result.IdToken, result.ExpiresIn),
        email,
      };
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
    name.includes('CodeMismatch')
  ) {
    return 'invalid';
  }
  return 'unavailable';
}
