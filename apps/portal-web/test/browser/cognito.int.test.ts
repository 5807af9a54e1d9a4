import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CognitoLocal, startCognitoLocal } from '../cognito/cognito-local.js';
import type { SeriousViolation } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { checkPage } from './page-checks.js';

const PASSWORD = 'Correct-horse-battery-9';
const NEW_PASSWORD = 'Brand-new-passphrase-7';

/**
 * The site's Cognito path in Chromium: the local stack serves the site with a `/config.json` that
 * names cognito-local (started once for the file) and a CSP that lets the pages call it, and its
 * portal API trusts the emulator's ID tokens. A partner signs up with the mailed code, reaches the
 * cabinet, resets the password, signs in with the new one and edits the profile, in RU and EN, at
 * 1440 and 390 px.
 */
describe('the Cognito path in Chromium against cognito-local', () => {
  let cognito: CognitoLocal;
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];
  /** What Chromium refused under the Content-Security-Policy the stack serves with the site. */
  const refusedByPolicy: string[] = [];
  /** Calls the pages made to the emulator, by Cognito operation. */
  const cognitoCalls: string[] = [];
  const run = Date.now().toString(36);
  const email = `cognito-${run}@partner.example`;
  let owner: Page;
  let signUpCode: string;

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const open = async (width: number, locale = 'ru-RU') => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refusedByPolicy.push(message.text());
    });
    page.on('request', (request) => {
      if (request.url().startsWith(cognito.endpoint) && request.method() === 'POST') {
        cognitoCalls.push(request.headers()['x-amz-target']?.split('.').at(-1) ?? '');
      }
    });
    return page;
  };
  /** The page's checks once its heading is there and nothing loads. */
  const check = async (page: Page, name: string, heading?: string) => {
    await page.getByRole('heading', { level: 1, ...(heading && { name: heading }) }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
    await checkPage(page, name, violations);
  };
  /** The newest code cognito-local "mailed" to `address` other than `previous`. */
  const newCodeFor = async (address: string, previous?: string) => {
    await expect
      .poll(() => cognito.codeFor(address) ?? previous, { timeout: 15_000 })
      .not.toBe(previous);
    return cognito.codeFor(address) ?? '';
  };
  const signUp = async (page: Page, address: string, labels = RU) => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel(labels.name).fill('Анна Когнитова');
    await page.getByLabel(labels.email).fill(address);
    await page.getByLabel(labels.password).fill(PASSWORD);
    await page.getByRole('button', { name: labels.signUp }).click();
    await shown(page.getByLabel(labels.code));
  };
  const signIn = async (page: Page, address: string, password: string, next: string) => {
    await page.goto(`${stack.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Электронная почта').fill(address);
    await page.getByLabel('Пароль').fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
  };

  beforeAll(async () => {
    cognito = await startCognitoLocal();
    browser = await launchChromium();
    stack = await startDevStack({
      port: 0,
      sandboxPort: 0,
      cognito: {
        endpoint: cognito.endpoint,
        region: 'eu-central-1',
        userPoolId: cognito.userPoolId,
        userPoolClientId: cognito.userPoolClientId,
      },
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
    await cognito?.stop();
  });

  it('serves the site a /config.json naming the emulator, and a CSP that lets the pages call it, only it', async () => {
    const answer = await fetch(`${stack.url}/config.json`);
    const config = (await answer.json()) as { identity: unknown };
    const connectSources = /connect-src ([^;]*)/
      .exec(answer.headers.get('content-security-policy') ?? '')?.[1]
      ?.split(' ');

    expect(config.identity).toEqual({
      kind: 'cognito',
      region: 'eu-central-1',
      userPoolClientId: cognito.userPoolClientId,
      endpoint: cognito.endpoint,
    });
    expect(connectSources).toEqual(["'self'", cognito.endpoint]);
  });

  it('signs a partner up with the code Cognito mailed and opens their cabinet from the portal API', async () => {
    owner = await open(1440);
    await signUp(owner, email);
    await check(owner, 'cognito-sign-up-code', 'Регистрация');
    await shown(owner.getByText(`Код отправлен на ${email}.`));
    signUpCode = await newCodeFor(email);

    await owner.getByLabel('Код подтверждения').fill(signUpCode);
    await owner.getByRole('button', { name: 'Подтвердить' }).click();
    // The portal API provisions the test organisation on the first call with the emulator's token.
    await owner.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
    await check(owner, 'cognito-cabinet');

    expect(cognitoCalls).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth']);
  });

  it('refuses a wrong reset code, resets the password with the mailed one, and signs in with it', async () => {
    await owner.getByRole('button', { name: 'Выйти' }).click();
    await owner.waitForURL(/\/login/);
    await owner.getByLabel('Электронная почта').fill(email);
    await owner.getByRole('link', { name: 'Забыли пароль?' }).click();
    await owner.getByRole('button', { name: 'Прислать код' }).click();
    await shown(owner.getByRole('status').filter({ hasText: email }));
    await check(owner, 'cognito-forgot-password-code', 'Восстановление пароля');
    const code = await newCodeFor(email, signUpCode);

    await owner.getByLabel('Код из письма').fill(code === '000000' ? '000001' : '000000');
    await owner.getByLabel('Новый пароль').fill(NEW_PASSWORD);
    await owner.getByRole('button', { name: 'Сменить пароль' }).click();
    await shown(owner.getByRole('alert').filter({ hasText: 'Код неверный' }));
    await owner.getByLabel('Код из письма').fill(code);
    await owner.getByRole('button', { name: 'Сменить пароль' }).click();
    await shown(owner.getByText('Пароль изменён'));

    await signIn(owner, email, PASSWORD, '/');
    await shown(owner.getByRole('alert').filter({ hasText: 'Неверный адрес или пароль' }));
    await signIn(owner, email, NEW_PASSWORD, '/');
    await owner.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
  });

  it('edits the name and language in the profile Cognito keeps', async () => {
    await owner.getByRole('link', { name: email }).click();
    await check(owner, 'cognito-profile', 'Профиль');
    await owner.getByLabel('Имя и фамилия').fill('Anna Cognito');
    await owner.getByLabel('Язык портала').selectOption('en');
    await owner.getByRole('button', { name: 'Сохранить' }).click();
    await shown(owner.getByText('Profile saved.'));

    await owner.reload();
    await owner.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    expect(await owner.getByLabel('Full name').inputValue()).toBe('Anna Cognito');
    expect(await owner.getByLabel('Portal language').inputValue()).toBe('en');
    await check(owner, 'cognito-profile-en', 'Profile');
    expect(cognitoCalls).toContain('UpdateUserAttributes');
  });

  it('shows the code steps and the profile on a phone, in English and Russian', async () => {
    const phone = await open(390, 'en-US');
    const phoneEmail = `cognito-phone-${run}@partner.example`;
    await phone.goto(`${stack.url}/register`);
    await phone.getByRole('button', { name: 'EN' }).click();
    await signUp(phone, phoneEmail, EN);
    await check(phone, 'cognito-sign-up-code-en', 'Sign up');
    // Signed up in English: the test organisation is named in English.
    await phone.getByLabel(EN.code).fill(await newCodeFor(phoneEmail));
    await phone.getByRole('button', { name: 'Confirm' }).click();
    await phone.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
    await expect
      .poll(() => phone.locator('option', { hasText: 'Test organisation' }).count())
      .toBe(1);
    await phone.getByRole('button', { name: 'Sign out' }).click();
    await phone.waitForURL(/\/login/);

    await phone.goto(`${stack.url}/forgot-password?email=${encodeURIComponent(email)}`);
    await phone.getByRole('button', { name: 'Send a code' }).click();
    await shown(phone.getByRole('status').filter({ hasText: email }));
    await check(phone, 'cognito-forgot-password-code-en', 'Reset your password');

    const russian = await open(390);
    await signUp(russian, `cognito-phone-ru-${run}@partner.example`);
    await check(russian, 'cognito-sign-up-code', 'Регистрация');
    await russian.goto(`${stack.url}/forgot-password?email=${encodeURIComponent(email)}`);
    await russian.getByRole('button', { name: 'Прислать код' }).click();
    await shown(russian.getByRole('status').filter({ hasText: email }));
    await check(russian, 'cognito-forgot-password-code', 'Восстановление пароля');
    await signIn(russian, email, NEW_PASSWORD, '/profile');
    await check(russian, 'cognito-profile', 'Профиль');
  });

  it('breaks no rule of the Content-Security-Policy the site is served with', () => {
    expect(refusedByPolicy).toEqual([]);
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});

/** The sign-up form's labels in each language. */
const RU = {
  name: 'Имя и фамилия',
  email: 'Электронная почта',
  password: 'Пароль',
  signUp: 'Зарегистрироваться',
  code: 'Код подтверждения',
};
const EN = {
  name: 'Full name',
  email: 'E-mail',
  password: 'Password',
  signUp: 'Sign up',
  code: 'Confirmation code',
};
