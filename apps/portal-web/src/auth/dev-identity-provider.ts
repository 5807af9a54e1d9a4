import type { DevIdentityConfig } from '../config/runtime-config.js';
import { expiryOf, IdentityError, type IdentityProvider } from './identity-provider.js';

/** The local stack's identity provider: JSON `POST /register`, password grant on `POST /token`. */
export function devIdentityProvider(config: DevIdentityConfig): IdentityProvider {
  return {
    async signUp(input) {
      const response = await post(
        `${config.url}/register`,
        'application/json',
        JSON.stringify(input),
      );
      if (response.status === 409) throw new IdentityError('e-mail taken', 'taken');
      if (response.status === 400) throw new IdentityError(await problemText(response), 'invalid');
      if (!response.ok)
        throw new IdentityError(`register answered ${response.status}`, 'unavailable');
      return { confirmationRequired: false };
    },
    async confirmSignUp() {
      // The dev identity provider confirms every address at registration.
    },
    async signIn(email, password) {
      const form = new URLSearchParams({ grant_type: 'password', username: email, password });
      const response = await post(
        `${config.url}/token`,
        'application/x-www-form-urlencoded',
        form.toString(),
      );
      if (response.status === 400) throw new IdentityError('wrong credentials', 'wrongCredentials');
      if (!response.ok) throw new IdentityError(`token answered ${response.status}`, 'unavailable');
      const body = (await response.json()) as { id_token: string; expires_in: number };
      return { idToken: body.id_token, expiresAt: expiryOf(body.id_token, body.expires_in), email };
    },
  };
}

async function post(url: string, contentType: string, body: string): Promise<Response> {
  try {
    return await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  } catch (error) {
    throw new IdentityError(String(error), 'unavailable');
  }
}

async function problemText(response: Response): Promise<string> {
  const problem = (await response.json().catch(() => ({}))) as {
    errors?: { message: string }[];
  };
  return problem.errors?.map((error) => error.message).join('; ') ?? 'invalid';
}
