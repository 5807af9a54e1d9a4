import { Hono } from 'hono';
import { SignJWT } from 'jose';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key.js';
import { type DevUser, EmailTakenError, type UserDirectory } from './user-directory.js';

/** How the dev identity provider is set up. */
export interface DevIdentityProviderOptions {
  readonly directory: UserDirectory;
  readonly signingKey: SigningKey;
  /** The `iss` of its tokens: the URL it is mounted at, e.g. `http://localhost:3000/idp`. */
  readonly issuer: string;
  /** The `aud` of its tokens, as a Cognito app client id would be. */
  readonly audience: string;
  /** Lifetime of a token in seconds (default 3600, as Cognito's ID tokens). */
  readonly tokenTtlSeconds?: number;
}

/** The dev identity provider: an HTTP app plus the token issuer the tests use directly. */
export interface DevIdentityProvider {
  readonly app: Hono;
  /** Signs an ID token for a person, shaped like a Cognito ID token. */
  issueIdToken(user: DevUser): Promise<string>;
}

const MIN_PASSWORD_LENGTH = 10;
const MAX_FIELD_LENGTH = 256;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A stand-in for Amazon Cognito on one machine: registration, password sign-in and a JWKS,
 * issuing tokens with the claims Cognito's ID tokens carry (`sub`, `email`, `cognito:groups`,
 * `token_use`), so the portal API verifies them with the same code in both runtimes.
 *
 * Routes (relative to where it is mounted): `POST /register` (JSON `email`, `password`,
 * `name`), `POST /token` (form or JSON, `grant_type=password`, `username`, `password`),
 * `GET /.well-known/jwks.json`, `GET /.well-known/openid-configuration`.
 */
export function createDevIdentityProvider(
  options: DevIdentityProviderOptions,
): DevIdentityProvider {
  const ttl = options.tokenTtlSeconds ?? 3600;
  const { directory, signingKey, issuer, audience } = options;

  const issueIdToken = (user: DevUser) =>
    new SignJWT({
      email: user.email,
      email_verified: true,
      name: user.name,
      'cognito:groups': [...user.groups],
      token_use: 'id',
    })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: signingKey.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(signingKey.privateKey);

  const app = new Hono();

  app.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      token_endpoint: `${issuer}/token`,
      registration_endpoint: `${issuer}/register`,
      grant_types_supported: ['password'],
      id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
      claims_supported: ['sub', 'email', 'email_verified', 'name', 'cognito:groups'],
    }),
  );

  app.get('/.well-known/jwks.json', (c) => c.json({ keys: [signingKey.publicJwk] }));

  app.post('/register', async (c) => {
    const body = await readFields(c.req.raw);
    const errors = registrationErrors(body);
    if (errors.length > 0) {
      return c.json(
        { type: 'about:blank', title: 'Invalid registration', status: 400, errors },
        400,
        { 'content-type': 'application/problem+json' },
      );
    }
    try {
      const user = await directory.register({
        email: String(body.email),
        password: String(body.password),
        name: typeof body.name === 'string' ? body.name : undefined,
      });
      return c.json({ id: user.id, email: user.email, name: user.name }, 201);
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
      return c.json(
        { type: 'about:blank', title: 'E-mail taken', status: 409, detail: error.message },
        409,
        { 'content-type': 'application/problem+json' },
      );
    }
  });

  app.post('/token', async (c) => {
    const body = await readFields(c.req.raw);
    if (body.grant_type !== 'password') {
      return c.json({ error: 'unsupported_grant_type' }, 400);
    }
    if (typeof body.username !== 'string' || typeof body.password !== 'string') {
      return c.json(
        { error: 'invalid_request', error_description: 'username and password are required' },
        400,
      );
    }
    const user = await directory.authenticate(body.username, body.password);
    if (!user) {
      return c.json(
        { error: 'invalid_grant', error_description: 'Wrong e-mail or password.' },
        400,
      );
    }
    const token = await issueIdToken(user);
    return c.json({ token_type: 'Bearer', access_token: token, id_token: token, expires_in: ttl });
  });

  return { app, issueIdToken };
}

async function readFields(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(await request.text()));
    }
    const parsed: unknown = await request.json();
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function registrationErrors(body: Record<string, unknown>): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const { email, password, name } = body;
  if (typeof email !== 'string' || email.length > MAX_FIELD_LENGTH || !EMAIL.test(email)) {
    errors.push({ field: 'body.email', message: 'must be an e-mail address' });
  }
  if (
    typeof password !== 'string' ||
    password.length < MIN_PASSWORD_LENGTH ||
    password.length > MAX_FIELD_LENGTH
  ) {
    errors.push({
      field: 'body.password',
      message: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_FIELD_LENGTH} characters`,
    });
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_FIELD_LENGTH)) {
    errors.push({
      field: 'body.name',
      message: `must be text of at most ${MAX_FIELD_LENGTH} characters`,
    });
  }
  return errors;
}
