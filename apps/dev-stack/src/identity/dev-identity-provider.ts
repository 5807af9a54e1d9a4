import { type Context, Hono } from 'hono';
import { importJWK, jwtVerify, SignJWT } from 'jose';
import { PasswordResetCodes } from './password-reset-codes.js';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key.js';
import { type DevUser, EmailTakenError, type UserDirectory } from './user-directory.js';

/** A password reset code to deliver to the person who asked for it (by e-mail, in the stack). */
export interface PasswordResetNotice {
  /** The person's id: the `sub` of their tokens, the portal's user id. */
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  /** The language the person chose, when they did; the mail's language. */
  readonly locale?: string;
  readonly code: string;
  readonly expiresAt: Date;
}

/**
 * Delivers a reset code: the seam where the dev stack connects its mail sender. Called after the
 * answer is decided and not awaited by it, so how long delivery takes tells nobody whether the
 * address is registered; a failure goes to `onFault`.
 */
export type PasswordResetCodeSender = (notice: PasswordResetNotice) => Promise<void>;

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
  /** Where reset codes go; without it, `POST /password/forgot` issues codes nobody receives. */
  readonly sendPasswordResetCode?: PasswordResetCodeSender;
  /** A delivery that failed (its message only: never the code). */
  readonly onFault?: (what: string, error: unknown) => void;
  /** The clock of the reset codes' expiry (tests move it). */
  readonly now?: () => number;
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
 * `name`, `locale`: the language the person signs up in), `POST /token` (form or JSON, `grant_type=password`, `username`, `password`),
 * `POST /password/forgot` (`email`; 202 whether or not the address is registered),
 * `POST /password/reset` (`email`, `code`, `password`; 204, or 400 `invalid_code` for every kind
 * of wrong, unknown, used, expired or exhausted code), `GET /me` and `PATCH /me` (`name`,
 * `locale`; with the person's bearer token, answering a fresh one),
 * `GET /.well-known/jwks.json`, `GET /.well-known/openid-configuration`.
 */
export function createDevIdentityProvider(
  options: DevIdentityProviderOptions,
): DevIdentityProvider {
  const ttl = options.tokenTtlSeconds ?? 3600;
  const { directory, signingKey, issuer, audience } = options;
  const resetCodes = new PasswordResetCodes(options.now);
  const publicKey = importJWK(signingKey.publicJwk, SIGNING_ALGORITHM);

  const issueIdToken = (user: DevUser) =>
    new SignJWT({
      email: user.email,
      email_verified: true,
      name: user.name,
      'cognito:groups': [...user.groups],
      token_use: 'id',
      ...(user.locale !== undefined && { locale: user.locale }),
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
        ...(typeof body.locale === 'string' && { locale: body.locale }),
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

  app.post('/password/forgot', async (c) => {
    const { email } = await readFields(c.req.raw);
    if (!isEmail(email)) {
      return problem(c, 400, 'Invalid request', {
        errors: [{ field: 'body.email', message: 'must be an e-mail address' }],
      });
    }
    const user = directory.find(email);
    if (user) {
      const { code, expiresAt } = await resetCodes.issue(user.id);
      const notice: PasswordResetNotice = {
        userId: user.id,
        email: user.email,
        name: user.name,
        ...(user.locale !== undefined && { locale: user.locale }),
        code,
        expiresAt,
      };
      options
        .sendPasswordResetCode?.(notice)
        .catch((error: unknown) => options.onFault?.('password reset mail', error));
    } else {
      // As long as issuing a code takes: the answer's timing must not tell who is registered.
      await resetCodes.imitateIssue();
    }
    return c.json({ delivery: 'email' }, 202);
  });

  app.post('/password/reset', async (c) => {
    const { email, code, password } = await readFields(c.req.raw);
    const errors = [
      ...(isEmail(email) ? [] : [{ field: 'body.email', message: 'must be an e-mail address' }]),
      ...(typeof code === 'string' && code.length <= MAX_FIELD_LENGTH
        ? []
        : [{ field: 'body.code', message: 'must be the code from the e-mail' }]),
      ...passwordErrors(password),
    ];
    if (errors.length > 0) return problem(c, 400, 'Invalid request', { errors });
    const user = directory.find(String(email));
    // An unknown address is checked like a known one without a code: same answer, same time.
    const accepted = await resetCodes.consume(user?.id ?? '', String(code));
    if (!user || !accepted) {
      return problem(c, 400, 'Invalid code', {
        code: 'invalid_code',
        detail: 'The code is wrong, used or expired, or too many were tried: ask for a new one.',
      });
    }
    await directory.setPassword(user.email, String(password));
    return c.body(null, 204);
  });

  /** The person the request's bearer token names, or undefined when it carries no valid one. */
  const bearer = async (c: Context): Promise<DevUser | undefined> => {
    const token = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, await publicKey, { issuer, audience });
      const user = typeof payload.email === 'string' ? directory.find(payload.email) : undefined;
      return user?.id === payload.sub ? user : undefined;
    } catch {
      return undefined;
    }
  };
  const profileOf = ({ id, email, name, locale }: DevUser) => ({
    id,
    email,
    name,
    ...(locale !== undefined && { locale }),
  });

  app.get('/me', async (c) => {
    const user = await bearer(c);
    if (!user) return problem(c, 401, 'Unauthenticated');
    return c.json(profileOf(user));
  });

  app.patch('/me', async (c) => {
    const user = await bearer(c);
    if (!user) return problem(c, 401, 'Unauthenticated');
    const { name, locale } = await readFields(c.req.raw);
    const errors = [
      ...(name === undefined ||
      (typeof name === 'string' && name.trim() !== '' && name.length <= MAX_FIELD_LENGTH)
        ? []
        : [{ field: 'body.name', message: `must be text of 1 to ${MAX_FIELD_LENGTH} characters` }]),
      ...(locale === undefined || (typeof locale === 'string' && LOCALES.includes(locale))
        ? []
        : [{ field: 'body.locale', message: `must be one of ${LOCALES.join(', ')}` }]),
    ];
    if (errors.length > 0) return problem(c, 400, 'Invalid request', { errors });
    const updated = await directory.updateProfile(user.email, {
      ...(typeof name === 'string' && { name }),
      ...(typeof locale === 'string' && { locale }),
    });
    if (!updated) return problem(c, 401, 'Unauthenticated');
    const token = await issueIdToken(updated);
    return c.json({ user: profileOf(updated), id_token: token, expires_in: ttl });
  });

  return { app, issueIdToken };
}

/** The site's languages, as a profile's `locale` names them. */
const LOCALES = ['ru', 'en'];

function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH && EMAIL.test(value);
}

function passwordErrors(password: unknown): { field: string; message: string }[] {
  return typeof password === 'string' &&
    password.length >= MIN_PASSWORD_LENGTH &&
    password.length <= MAX_FIELD_LENGTH
    ? []
    : [
        {
          field: 'body.password',
          message: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_FIELD_LENGTH} characters`,
        },
      ];
}

/** A problem details answer (RFC 9457). */
function problem(c: Context, status: 400 | 401, title: string, extra: object = {}): Response {
  return c.json({ type: 'about:blank', title, status, ...extra }, status, {
    'content-type': 'application/problem+json',
  });
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
  const { email, password, name, locale } = body;
  if (!isEmail(email)) {
    errors.push({ field: 'body.email', message: 'must be an e-mail address' });
  }
  errors.push(...passwordErrors(password));
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_FIELD_LENGTH)) {
    errors.push({
      field: 'body.name',
      message: `must be text of at most ${MAX_FIELD_LENGTH} characters`,
    });
  }
  if (locale !== undefined && !(typeof locale === 'string' && LOCALES.includes(locale))) {
    errors.push({ field: 'body.locale', message: `must be one of ${LOCALES.join(', ')}` });
  }
  return errors;
}
