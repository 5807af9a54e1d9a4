import { jwtAuthenticator, remoteKeys } from '@devportal/portal-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdentityProvider } from '../../src/auth/cognito-identity-provider.js';
import {
  IdentityError,
  type IdentityProvider,
  type Session,
} from '../../src/auth/identity-provider.js';
import { parseRuntimeConfig } from '../../src/config/runtime-config.js';
import { type CognitoLocal, startCognitoLocal } from './cognito-local.js';

const PASSWORD = 'Correct-horse-battery-9';
const NEW_PASSWORD = 'Brand-new-passphrase-7';

/**
 * The site's Cognito path against cognito-local: sign-up with its mailed code, sign-in, password
 * reset and the profile, through the site's own `cognitoIdentityProvider` configured from a
 * `/config.json` of the deployed shape; then the portal API's token check on what it issued.
 */
describe('the Cognito path against cognito-local', () => {
  let cognito: CognitoLocal;
  let identity: IdentityProvider;
  const email = `anna-${Date.now().toString(36)}@partner.example`;
  let session: Session;

  beforeAll(async () => {
    cognito = await startCognitoLocal();
    const config = parseRuntimeConfig({
      apiBaseUrl: '',
      identity: {
        kind: 'cognito',
        region: 'eu-central-1',
        userPoolClientId: cognito.userPoolClientId,
        endpoint: cognito.endpoint,
      },
      gateway: { tokenUrl: '/oauth/token', apiBaseUrl: '/cards/fintech/api' },
    });
    if (config.identity.kind !== 'cognito') throw new Error('not a Cognito configuration');
    identity = cognitoIdentityProvider(config.identity);
  });
  afterAll(() => cognito?.stop());

  it('signs a person up with the code Cognito mails, then in', async () => {
    const { confirmationRequired } = await identity.signUp({
      email,
      password: PASSWORD,
      name: 'Anna',
    });
    const code = cognito.codeFor(email) ?? '';
    await identity.confirmSignUp(email, code);
    session = await identity.signIn(email, PASSWORD);

    expect(confirmationRequired).toBe(true);
    expect(code).not.toBe('');
    expect(session.idToken.split('.')).toHaveLength(3);
    expect(session.accessToken).toBeDefined();
  });

  it('refuses a wrong password as wrong credentials', async () => {
    await expect(identity.signIn(email, 'Not-the-password-1')).rejects.toMatchObject({
      kind: 'wrongCredentials',
    });
  });

  it("passes the portal API's token check with the ID token, never with the access token", async () => {
    const authenticator = jwtAuthenticator({
      keys: remoteKeys(`${cognito.issuer}/.well-known/jwks.json`),
      issuer: cognito.issuer,
      audience: cognito.userPoolClientId,
    });
    const otherClient = jwtAuthenticator({
      keys: remoteKeys(`${cognito.issuer}/.well-known/jwks.json`),
      issuer: cognito.issuer,
      audience: 'another-client',
    });

    const person = await authenticator.authenticate({
      authorization: `Bearer ${session.idToken}`,
      authorizerClaims: undefined,
    });
    const withAccessToken = await authenticator.authenticate({
      authorization: `Bearer ${session.accessToken}`,
      authorizerClaims: undefined,
    });
    const forAnotherClient = await otherClient.authenticate({
      authorization: `Bearer ${session.idToken}`,
      authorizerClaims: undefined,
    });

    expect(person).toMatchObject({ email });
    expect(withAccessToken).toBeUndefined();
    expect(forAnotherClient).toBeUndefined();
  });

  it('resets the password with the mailed code; a wrong code is refused', async () => {
    await identity.forgotPassword(email);
    const code = cognito.codeFor(email) ?? '';
    const wrong = identity.confirmForgotPassword(email, `${code}9`, NEW_PASSWORD);
    await expect(wrong).rejects.toBeInstanceOf(IdentityError);
    await expect(wrong).rejects.toMatchObject({ kind: 'invalid' });

    await identity.confirmForgotPassword(email, code, NEW_PASSWORD);

    await expect(identity.signIn(email, PASSWORD)).rejects.toMatchObject({
      kind: 'wrongCredentials',
    });
    session = await identity.signIn(email, NEW_PASSWORD);
  });

  it('answers a reset for an address nobody registered like any other', async () => {
    await expect(identity.forgotPassword('nobody@partner.example')).resolves.toBeUndefined();
  });

  it('shows and changes the profile with the access token', async () => {
    await identity.updateProfile(session, { name: 'Anna K.', locale: 'en' });

    const profile = await identity.getProfile(session);

    expect(profile).toEqual({ email, name: 'Anna K.', locale: 'en' });
  });
});
