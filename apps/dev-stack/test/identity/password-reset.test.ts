import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDevIdentityProvider,
  type PasswordResetNotice,
} from '../../src/identity/dev-identity-provider.js';
import {
  RESET_CODE_MAX_ATTEMPTS,
  RESET_CODE_TTL_MS,
} from '../../src/identity/password-reset-codes.js';
import { loadOrCreateSigningKey } from '../../src/identity/signing-key.js';
import { UserDirectory } from '../../src/identity/user-directory.js';
import { serveOnLoopback } from '../serve-on-loopback.js';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new passphrase';

/** The provider on loopback, its reset codes delivered to `inbox`, on a clock the test moves. */
async function startProvider() {
  const inbox: PasswordResetNotice[] = [];
  const clock = { now: Date.now() };
  const mounted = new Hono();
  const server = await serveOnLoopback(mounted);
  const issuer = `${server.url}/idp`;
  const provider = createDevIdentityProvider({
    directory: await UserDirectory.open(),
    signingKey: await loadOrCreateSigningKey(),
    issuer,
    audience: 'devportal-web',
    sendPasswordResetCode: async (notice) => {
      inbox.push(notice);
    },
    now: () => clock.now,
  });
  mounted.route('/idp', provider.app);
  return { ...server, issuer, inbox, clock };
}

type Provider = Awaited<ReturnType<typeof startProvider>>;

function send(url: string, body: unknown, method = 'POST', token?: string) {
  return fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
}

describe('dev identity provider: password reset and profile', () => {
  let idp: Provider;
  const register = async (email: string) => {
    const answer = await send(`${idp.issuer}/register`, {
      email,
      password: PASSWORD,
      name: 'Anna',
    });
    expect(answer.status).toBe(201);
  };
  const signIn = (email: string, password: string) =>
    send(`${idp.issuer}/token`, { grant_type: 'password', username: email, password });
  const tokenOf = async (email: string) =>
    ((await (await signIn(email, PASSWORD)).json()) as { id_token: string }).id_token;
  const forgot = async (email: string) => {
    const answer = await send(`${idp.issuer}/password/forgot`, { email });
    expect(answer.status).toBe(202);
    return answer.json();
  };
  const reset = (email: string, code: string, password = NEW_PASSWORD) =>
    send(`${idp.issuer}/password/reset`, { email, code, password });
  const codeFor = (email: string) => idp.inbox.findLast((notice) => notice.email === email)?.code;
  const wrongCodeThan = (code: string) => String((Number(code) + 1) % 1e8).padStart(8, '0');

  beforeAll(async () => {
    idp = await startProvider();
  });
  afterAll(() => idp.close());

  it('resets a password with the code sent by e-mail, once', async () => {
    await register('reset@example.com');

    await forgot('Reset@Example.com');
    const code = codeFor('reset@example.com') ?? '';
    const first = await reset('reset@example.com', code);
    const again = await reset('reset@example.com', code, 'yet another passphrase');

    expect(code).toMatch(/^\d{8}$/);
    expect(first.status).toBe(204);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 'invalid_code' });
    expect((await signIn('reset@example.com', PASSWORD)).status).toBe(400);
    expect((await signIn('reset@example.com', NEW_PASSWORD)).status).toBe(200);
  });

  it('answers the same for an address nobody registered, and sends nothing', async () => {
    const before = idp.inbox.length;

    const unknown = await forgot('nobody@example.com');
    const unknownReset = await reset('nobody@example.com', '12345678');

    expect(unknown).toEqual({ delivery: 'email' });
    expect(idp.inbox).toHaveLength(before);
    expect(unknownReset.status).toBe(400);
    expect(await unknownReset.json()).toMatchObject({ code: 'invalid_code' });
  });

  it(`voids the code after ${RESET_CODE_MAX_ATTEMPTS} wrong ones, even for the right code next`, async () => {
    await register('guessed@example.com');
    await forgot('guessed@example.com');
    const code = codeFor('guessed@example.com') ?? '';

    const guesses = [];
    for (let attempt = 0; attempt < RESET_CODE_MAX_ATTEMPTS; attempt++) {
      guesses.push((await reset('guessed@example.com', wrongCodeThan(code))).status);
    }
    const right = await reset('guessed@example.com', code);

    expect(guesses).toEqual(Array(RESET_CODE_MAX_ATTEMPTS).fill(400));
    expect(right.status).toBe(400);
    expect((await signIn('guessed@example.com', PASSWORD)).status).toBe(200);
  });

  it('counts parallel guesses: a burst cannot try more codes than the limit', async () => {
    await register('burst@example.com');
    await forgot('burst@example.com');
    const code = codeFor('burst@example.com') ?? '';

    const burst = await Promise.all(
      Array.from({ length: RESET_CODE_MAX_ATTEMPTS }, () =>
        reset('burst@example.com', wrongCodeThan(code)),
      ),
    );
    const right = await reset('burst@example.com', code);

    expect(burst.map((answer) => answer.status)).toEqual(Array(RESET_CODE_MAX_ATTEMPTS).fill(400));
    expect(right.status).toBe(400);
  });

  it("refuses one person's code for another person's address", async () => {
    await register('victim@example.com');
    await register('attacker@example.com');
    await forgot('attacker@example.com');
    await forgot('victim@example.com');
    const attackersCode = codeFor('attacker@example.com') ?? '';

    const crossed = await reset('victim@example.com', attackersCode);

    expect(crossed.status).toBe(400);
    expect((await signIn('victim@example.com', PASSWORD)).status).toBe(200);
    expect((await reset('attacker@example.com', attackersCode)).status).toBe(204);
  });

  it('refuses a code past its hour, and the older code once a new one is sent', async () => {
    await register('late@example.com');
    await forgot('late@example.com');
    const older = codeFor('late@example.com') ?? '';
    await forgot('late@example.com');
    const newer = codeFor('late@example.com') ?? '';

    const replaced = await reset('late@example.com', older);
    idp.clock.now += RESET_CODE_TTL_MS;
    const expired = await reset('late@example.com', newer);
    idp.clock.now -= RESET_CODE_TTL_MS;

    expect(replaced.status).toBe(400);
    expect(expired.status).toBe(400);
  });

  it('answers a malformed reset with the fields at fault, never with the code', async () => {
    const answer = await reset('not-an-address', 'x', 'short');

    expect(answer.status).toBe(400);
    const problem = (await answer.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toEqual(['body.email', 'body.password']);
  });

  it('shows and changes the name and language of the person the token names', async () => {
    await register('profile@example.com');
    const token = await tokenOf('profile@example.com');

    const shown = await fetch(`${idp.issuer}/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const changed = await send(
      `${idp.issuer}/me`,
      { name: 'Anna K.', locale: 'en' },
      'PATCH',
      token,
    );
    const body = (await changed.json()) as { user: unknown; id_token: string };
    const claims = JSON.parse(
      Buffer.from(body.id_token.split('.')[1] ?? '', 'base64url').toString(),
    );

    expect(await shown.json()).toMatchObject({ email: 'profile@example.com', name: 'Anna' });
    expect(changed.status).toBe(200);
    expect(body.user).toMatchObject({
      email: 'profile@example.com',
      name: 'Anna K.',
      locale: 'en',
    });
    expect(claims).toMatchObject({ name: 'Anna K.', locale: 'en' });
  });

  it('refuses a profile change without a valid token, or with a language it does not know', async () => {
    await register('guarded@example.com');
    const token = await tokenOf('guarded@example.com');
    const forged = `${token.slice(0, -4)}AAAA`;

    const anonymous = await send(`${idp.issuer}/me`, { name: 'Mallory' }, 'PATCH');
    const tampered = await send(`${idp.issuer}/me`, { name: 'Mallory' }, 'PATCH', forged);
    const unknownLocale = await send(`${idp.issuer}/me`, { locale: 'fr' }, 'PATCH', token);

    expect(anonymous.status).toBe(401);
    expect(tampered.status).toBe(401);
    expect(unknownLocale.status).toBe(400);
  });
});
