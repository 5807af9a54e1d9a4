import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DevStack, LocalInbox, startDevStack } from '@devportal/dev-stack';
import { webhooks } from '@devportal/portal-client';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

/** A webhook receiver on a loopback port: answers 204 and keeps what came. */
interface Receiver {
  readonly url: string;
  readonly received: { readonly headers: IncomingHttpHeaders; readonly body: string }[];
  readonly server: Server;
}

async function startReceiver(): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/devportal-events`, received, server };
}

/**
 * The account pages in Chromium against the local stack: a partner registers a webhook pointing at
 * a receiver of this test, sends it a test event and sees it delivered; a person resets a forgotten
 * password with the code the identity provider mailed (read from the stack's MailDev) and edits a
 * profile, whose language the next mail follows.
 */
describe('the account pages in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  let receiver: Receiver;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];
  const password = 'correct horse battery';
  const run = Date.now().toString(36);
  const ownerEmail = `hooks-${run}@partner.example`;
  let owner: Page;
  let orgPath: string;

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const open = async (width: number) => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'ru-RU',
    });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };
  /** Screenshot, axe and the no-sideways-scroll rule of a page once its heading is there. */
  const check = async (page: Page, name: string, heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
    const width = page.viewportSize()?.width;
    await screenshot(page, `${name}-${width}`);
    violations.push(...(await seriousViolations(page, `${name}-${width}`)));
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBe(0);
  };
  const signIn = async (page: Page, email: string, secret: string, next: string) => {
    await page.goto(`${stack.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill(secret);
    await page.getByRole('button', { name: 'Войти' }).click();
  };
  const language = async (page: Page, code: 'RU' | 'EN') =>
    page.getByRole('button', { name: code }).click();
  const mailbox = () => new LocalInbox(stack.mailInboxUrl);
  /** The 8-digit code of the latest reset mail to `email`, as the person reads it in MailDev. */
  const resetMailTo = async (email: string, count = 1) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const mails = (await mailbox().to(email)).filter((mail) => /\b\d{8}\b/.test(mail.text));
      const latest = mails.at(-1);
      if (mails.length >= count && latest) {
        return { ...latest, code: latest.text.match(/\b(\d{8})\b/)?.[1] ?? '' };
      }
      if (Date.now() > deadline) throw new Error(`no reset mail to ${email}`);
      await new Promise((wake) => setTimeout(wake, 200));
    }
  };

  beforeAll(async () => {
    browser = await launchChromium();
    receiver = await startReceiver();
    // Deliveries every second: the test event arrives while the page is watched.
    stack = await startDevStack({
      port: 0,
      sandboxPort: 0,
      statusSyncIntervalMs: 1_000,
    });
    owner = await open(1440);
    await owner.goto(`${stack.url}/register`);
    await owner.getByLabel('Имя и фамилия').fill('Вера Вебхукова');
    await owner.getByLabel('Электронная почта').fill(ownerEmail);
    await owner.getByLabel('Пароль').fill(password);
    await owner.getByRole('button', { name: 'Зарегистрироваться' }).click();
    // scrypt's password hash and the first call's provisioning take seconds on a busy machine.
    await owner.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
    orgPath = new URL(owner.url()).pathname;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
    await new Promise<void>((resolve) =>
      receiver ? receiver.server.close(() => resolve()) : resolve(),
    );
  });

  it('says an application is needed before any webhook', async () => {
    await owner.getByRole('link', { name: 'Вебхуки' }).click();
    await check(owner, 'webhooks-empty', 'Вебхуки');
    await shown(owner.getByText('Сначала создайте приложение'));
  });

  it('registers a webhook, shows its signing secret once, and delivers a signed test event', async () => {
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill('Уведомления');
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    await owner.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await owner.getByRole('link', { name: 'Вебхуки' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Вебхуки' }).waitFor();

    await owner.getByLabel('Адрес (URL)').fill(receiver.url);
    await owner.getByRole('button', { name: 'Добавить', exact: true }).click();
    const dialog = owner.getByRole('alertdialog');
    await shown(dialog.getByText('Сохраните секрет подписи сейчас'));
    const secret = (await dialog.locator('.copyable-value').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await screenshot(owner, 'webhook-secret-1440');
    await dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await shown(owner.getByRole('heading', { level: 3, name: receiver.url }));
    expect(await owner.content()).not.toContain(secret);

    await owner.getByRole('button', { name: 'Отправить тестовое событие' }).click();
    const queued = await owner
      .getByRole('status')
      .filter({ hasText: 'Тестовое событие' })
      .textContent();
    const eventId = /событие (\S+) поставлено/.exec(queued ?? '')?.[1];
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const [delivery] = receiver.received;
    const event = await webhooks.constructEvent(
      delivery?.body ?? '',
      delivery?.headers ?? {},
      secret,
    );
    expect(event).toMatchObject({ id: eventId, type: 'webhook.test' });

    await expect
      .poll(
        async () => {
          await owner.getByRole('button', { name: 'Обновить' }).click();
          await owner.locator('.spinner').first().waitFor({ state: 'detached' });
          return owner.getByText('Доставлено', { exact: true }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await shown(owner.getByText('HTTP 204'));
    await check(owner, 'webhooks', 'Вебхуки');
    await language(owner, 'EN');
    await shown(owner.getByText('Delivered', { exact: true }));
    await check(owner, 'webhooks-en', 'Webhooks');
    await language(owner, 'RU');
  });

  it('shows the webhooks and their deliveries on a phone, in Russian and English', async () => {
    const phone = await open(390);
    await signIn(phone, ownerEmail, password, `${orgPath}/webhooks`);
    await shown(phone.getByText('Доставлено', { exact: true }));
    await check(phone, 'webhooks', 'Вебхуки');
    await language(phone, 'EN');
    await check(phone, 'webhooks-en', 'Webhooks');
  });

  it('resets a forgotten password with the code the identity provider sent, once', async () => {
    const email = `forgetful-${run}@partner.example`;
    const registered = await fetch(`${stack.identityProviderUrl}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, name: 'Пётр Забывчивый' }),
    });
    expect(registered.status).toBe(201);
    const page = await open(1440);
    await page.goto(`${stack.url}/login`);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await check(page, 'forgot-password', 'Восстановление пароля');

    await page.getByRole('button', { name: 'Прислать код' }).click();
    await shown(page.getByRole('status').filter({ hasText: email }));
    await check(page, 'forgot-password-code', 'Восстановление пароля');
    const mail = await resetMailTo(email);
    const { code } = mail;
    expect(mail.subject).toBe('Код для смены пароля');
    expect(code).toMatch(/^\d{8}$/);
    await page.getByLabel('Код из письма').fill(code === '00000000' ? '00000001' : '00000000');
    await page.getByLabel('Новый пароль').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'Код неверный' }));
    await page.getByLabel('Код из письма').fill(code);
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await shown(page.getByText('Пароль изменён'));

    await signIn(page, email, 'a brand new passphrase', '/');
    await page.waitForURL(/\/orgs\//, { timeout: 60_000 });
  });

  it('says the same for an address nobody registered, on a phone, in both languages', async () => {
    const phone = await open(390);
    const nobody = `nobody-${run}@partner.example`;
    await phone.goto(`${stack.url}/forgot-password`);
    await language(phone, 'EN');
    await check(phone, 'forgot-password-en', 'Reset your password');
    await phone.getByLabel('E-mail').fill(nobody);
    await phone.getByRole('button', { name: 'Send a code' }).click();
    await shown(phone.getByRole('status').filter({ hasText: 'If nobody-' }));
    await language(phone, 'RU');
    await check(phone, 'forgot-password-code', 'Восстановление пароля');
    expect(await mailbox().to(nobody)).toEqual([]);
  });

  it('edits the name and language in the profile, which keeps them', async () => {
    await owner.goto(`${stack.url}${orgPath}`);
    await owner.getByRole('link', { name: ownerEmail }).click();
    await check(owner, 'profile', 'Профиль');
    await shown(owner.getByRole('textbox', { name: 'Электронная почта' }));
    expect(await owner.getByLabel('Электронная почта').inputValue()).toBe(ownerEmail);

    await owner.getByLabel('Имя и фамилия').fill('Vera Webhook');
    await owner.getByLabel('Язык портала').selectOption('en');
    await owner.getByRole('button', { name: 'Сохранить' }).click();
    await shown(owner.getByText('Profile saved.'));
    await owner.reload();
    await owner.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    expect(await owner.getByLabel('Full name').inputValue()).toBe('Vera Webhook');
    expect(await owner.getByLabel('Portal language').inputValue()).toBe('en');
    await check(owner, 'profile-en', 'Profile');
    // The language is the portal's record of the person: its next mail to them is English.
    await fetch(`${stack.identityProviderUrl}/password/forgot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ownerEmail }),
    });
    expect((await resetMailTo(ownerEmail)).subject).toBe('Your password reset code');

    const phone = await open(390);
    await signIn(phone, ownerEmail, password, '/profile');
    await check(phone, 'profile', 'Профиль');
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
