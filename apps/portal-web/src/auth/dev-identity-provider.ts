import type { DevIdentityConfig } from '../config/runtime-config.js';
import {
  expiryOf,
  IdentityError,
  type IdentityProvider,
  type Profile,
  type Session,
} from './identity-provider.js';

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
    async forgotPassword(email) {
      const response = await post(
        `${config.url}/password/forgot`,
        'application/json',
        JSON.stringify({ email }),
      );
      if (response.status === 400) throw new IdentityError(await problemText(response), 'invalid');
      if (!response.ok)
        throw new IdentityError(`forgot answered ${response.status}`, 'unavailable');
    },
    async confirmForgotPassword(email, code, password) {
      const response = await post(
        `${config.url}/password/reset`,
        'application/json',
        JSON.stringify({ email, code, password }),
      );
      if (response.status === 400) throw new IdentityError(await problemText(response), 'invalid');
      if (!response.ok) throw new IdentityError(`reset answered ${response.status}`, 'unavailable');
    },
    async getProfile(session) {
      const response = await send(`${config.url}/me`, session, 'GET');
      return (await response.json()) as Profile;
    },
    async updateProfile(session, changes) {
      const response = await send(`${config.url}/me`, session, 'PATCH', JSON.stringify(changes));
      const body = (await response.json()) as { id_token: string; expires_in: number };
      return {
        idToken: body.id_token,
        expiresAt: expiryOf(body.id_token, body.expires_in),
        email: session.email,
      };
    },
  };
}

/** A call with the person's token; a refusal is an `IdentityError` of its kind. */
async function send(url: string, session: Session, method: string, body?: string) {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${session.idToken}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body }),
  }).catch((error: unknown) => {
    throw new IdentityError(String(error), 'unavailable');
  });
  if (response.status === 400) throw new IdentityError(await problemText(response), 'invalid');
  if (response.status === 401) throw new IdentityError('token refused', 'wrongCredentials');
  if (!response.ok) throw new IdentityError(`${method} answered ${response.status}`, 'unavailable');
  return response;
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
    detail?: string;
  };
  return problem.errors?.map((error) => error.message).join('; ') ?? problem.detail ?? 'invalid';
}
