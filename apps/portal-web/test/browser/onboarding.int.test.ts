import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { SCREENSHOT_DIR, screenshot } from './screenshots.js';

/**
 * The seed's partner onboarding in a real browser against the local stack, in order: each step
 * builds on the previous one, as a partner team would go through them. One Chromium, one context
 * per person.
 */
describe('the portal website in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];
  /** What Chromium refused under the Content-Security-Policy the stack serves with the site. */
  const refusedByPolicy: string[] = [];
  const password = 'correct horse battery';
  const run = Date.now().toString(36);
  const ownerEmail = `owner-${run}@partner.example`;
  const colleagueEmail = `dev-${run}@partner.example`;
  const observerEmail = `observer-${run}@partner.example`;
  let owner: Page;
  let orgPath: string;
  let orgName: string;
  let clientSecret: string;

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const absent = async (locator: Locator) => expect(await locator.count()).toBe(0);
  const open = async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'ru-RU',
    });
    contexts.push(context);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refusedByPolicy.push(message.text());
    });
    return page;
  };
  /** Screenshot and axe of a main page once its heading is there. */
  const check = async (page: Page, name: string, heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
    await screenshot(page, name);
    violations.push(...(await seriousViolations(page, name)));
  };
  const signUp = async (page: Page, email: string, name: string, next = '/') => {
    await page.goto(`${stack.url}/register?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Имя и фамилия').fill(name);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill(password);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  };
  const signIn = async (page: Page, email: string, secret: string, next: string) => {
    await page.goto(`${stack.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill(secret);
    await page.getByRole('button', { name: 'Войти' }).click();
  };
  const inviteAndJoin = async (email: string, role: string, name: string) => {
    await owner.goto(`${stack.url}${orgPath}/members`);
    await owner.getByLabel('Электронная почта коллеги').fill(email);
    await owner.getByLabel('Роль', { exact: true }).selectOption({ label: role });
    await owner.getByRole('button', { name: 'Пригласить' }).click();
    const link = await owner.getByRole('dialog').locator('.copyable-value').textContent();
    await owner.getByRole('button', { name: 'Готово' }).click();
    const invitationPath = new URL(link ?? '').pathname;

    const colleague = await open();
    await colleague.goto(`${stack.url}${invitationPath}`);
    await colleague.waitForURL(/\/login\?next=/);
    await colleague.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await colleague.getByLabel('Имя и фамилия').fill(name);
    await colleague.getByLabel('Электронная почта').fill(email);
    await colleague.getByLabel('Пароль').fill(password);
    await colleague.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await colleague.getByRole('button', { name: 'Принять приглашение' }).click();
    await colleague.waitForURL(new RegExp(orgPath));
    return colleague;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    owner = await open();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
  });

  it('signs a new partner up into their test organisation', async () => {
    await owner.goto(`${stack.url}/`);
    await owner.waitForURL(/\/login/);
    await check(owner, 'sign-in', 'Вход');
    await signUp(owner, ownerEmail, 'Анна Партнёрова');
    await owner.waitForURL(/\/orgs\/[^/]+$/);
    orgPath = new URL(owner.url()).pathname;
    await shown(owner.getByText('Тестовая (создана при регистрации)'));
    orgName = (await owner.locator('h1').textContent())?.trim() ?? '';
    await check(owner, 'cabinet', orgName);
  });

  it('invites a colleague, who signs up with the invited address and accepts', async () => {
    const colleague = await inviteAndJoin(colleagueEmail, 'Разработчик', 'Дмитрий Разработчиков');
    await shown(colleague.getByText('Разработчик').first());
    await owner.reload();
    await shown(owner.getByText(colleagueEmail));
    await check(owner, 'members', 'Участники');
  });

  it('creates an application and shows its secret once', async () => {
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill('Зарплатный проект');
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    const dialog = owner.getByRole('alertdialog');
    await shown(dialog.getByText('Сохраните Client Secret сейчас'));
    await shown(dialog.getByRole('button', { name: 'Копировать Client Secret' }));
    clientSecret = (await dialog.locator('.copyable-value').nth(1).textContent()) ?? '';
    expect(clientSecret.length).toBeGreaterThan(20);
    await screenshot(owner, 'application-secret');
    await dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await shown(owner.getByRole('link', { name: 'Зарплатный проект' }));
    // Evaluated as text: this file compiles for Node, without the DOM's types.
    const stored = await owner.evaluate<string>(
      'JSON.stringify({ ...localStorage, ...sessionStorage })',
    );
    expect(stored).not.toContain(clientSecret);
    await check(owner, 'applications', 'Приложения');
    await owner.getByRole('link', { name: 'Зарплатный проект' }).click();
    await check(owner, 'application', 'Зарплатный проект');
  });

  it('subscribes the application to the sandbox plan', async () => {
    await owner.goto(`${stack.url}${orgPath}/products`);
    await check(owner, 'products', 'Продукты API');
    await owner.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await shown(owner.getByText('Приложение подписано.'));
    await owner.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
  });

  it('lists the sandbox cards in "Try it" with the application\'s credentials', async () => {
    await owner.goto(`${stack.url}${orgPath}/try-it`);
    await owner.getByLabel('Client Secret').fill(clientSecret);
    await owner.getByRole('button', { name: 'Получить токен' }).click();
    await shown(owner.getByText(/Токен получен/));
    await owner.getByRole('button', { name: 'Отправить' }).click();
    const result = owner.getByRole('region', { name: 'Результат' });
    await shown(result.getByText('200', { exact: false }).first());
    await shown(result.getByText('x-request-id').first());
    expect(await result.locator('pre').first().textContent()).toContain('Bearer ••••••••');
    expect(await result.locator('pre').nth(1).textContent()).toContain('businessCardId');
    await check(owner, 'try-it', 'Попробовать');
  });

  it('submits a production access request that the operator approves', async () => {
    await owner.goto(`${stack.url}${orgPath}/access-requests`);
    await owner
      .getByLabel('Для чего нужен доступ')
      .fill('Управление лимитами корпоративных карт сотрудников');
    await owner.getByRole('button', { name: 'Отправить заявку' }).click();
    await shown(owner.getByText('На рассмотрении').first());
    await check(owner, 'access-requests', 'Заявки на подключение');

    const operatorAccount = DEMO_ACCOUNTS[1];
    const operator = await open();
    await signIn(operator, operatorAccount.email, operatorAccount.password, '/operator');
    await check(operator, 'operator-review', 'Проверка заявок');
    await operator.getByRole('button', { name: 'Одобрить' }).first().click();
    await shown(operator.getByText('Заявок с таким статусом нет.'));

    await owner.reload();
    await shown(owner.getByText('Одобрена').first());
  });

  it('subscribes the application to production once access is approved', async () => {
    await owner.goto(`${stack.url}${orgPath}/products`);
    await owner.getByRole('button', { name: 'Подписаться на «Production»' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Заменить план' }).click();
    await shown(owner.getByText('Приложение подписано.'));
    await owner.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
    await owner.goto(`${stack.url}${orgPath}/subscriptions`);
    await shown(owner.getByText('Production', { exact: true }));
    await check(owner, 'subscriptions', 'Подписки');
  });

  it('shows the remaining main pages', async () => {
    for (const [path, name, heading] of [
      ['analytics', 'analytics', 'Аналитика'],
      ['bank', 'bank-connection', 'Подключение банка'],
      ['limit-changes', 'limit-changes', 'Изменения лимитов'],
      ['audit', 'audit-log', 'Журнал действий'],
    ] as const) {
      await owner.goto(`${stack.url}${orgPath}/${path}`);
      await check(owner, name, heading);
    }
    await owner.getByRole('button', { name: 'EN' }).click();
    await shown(owner.getByRole('heading', { level: 1, name: 'Audit log' }));
    await owner.getByRole('button', { name: 'RU' }).click();
  });

  it('connects the bank: consent at SberBusiness ID, back through the callback page', async () => {
    await owner.goto(`${stack.url}${orgPath}/bank`);
    await owner.getByRole('heading', { level: 1, name: 'Подключение банка' }).waitFor();

    await owner.getByRole('button', { name: 'Подключить через СберБизнес ID' }).click();

    // The sandbox consents at once and sends this tab to the callback page, which finishes.
    await owner.waitForURL(new RegExp(`${orgPath}/bank$`));
    await shown(owner.getByText('Подключено', { exact: true }).first());
    await absent(owner.getByRole('alert'));
  });

  it('refuses, at 390 px, to finish a bank connection this tab did not start', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'ru-RU',
    });
    contexts.push(context);
    context.setDefaultTimeout(10_000);
    const phone = await context.newPage();
    await signIn(phone, ownerEmail, password, '/');
    await phone.waitForURL(/\/orgs\//);
    const forged = new URLSearchParams({ code: 'someone-elses-code', state: 'a'.repeat(43) });

    await phone.goto(`${stack.url}/bank-connection/callback?${forged}`);

    await check(phone, 'bank-callback-390', 'Подключение банка');
    await shown(phone.getByRole('alert').filter({ hasText: 'начато не в этой вкладке' }));
    const overflow = await phone.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await phone.getByRole('button', { name: 'EN' }).click();
    await shown(phone.getByRole('alert').filter({ hasText: 'was not started in this tab' }));
  });

  it('starts a status sync and shows its run until the report', async () => {
    await owner.goto(`${stack.url}${orgPath}/limit-changes`);
    await owner.getByRole('heading', { level: 1, name: 'Изменения лимитов' }).waitFor();

    await owner.getByRole('button', { name: 'Синхронизировать сейчас' }).click();

    // The run answers at once; the page reads it until the status sync reports.
    await shown(owner.getByRole('status').filter({ hasText: 'Проверено: 0' }));
    await absent(owner.getByRole('alert'));
  });

  it('shows an Observer no write action', async () => {
    const observer = await inviteAndJoin(observerEmail, 'Наблюдатель', 'Ольга Наблюдателева');
    const visit = async (path: string, heading: string) => {
      await observer.goto(`${stack.url}${orgPath}${path}`);
      await observer.getByRole('heading', { level: 1, name: heading }).waitFor();
      await observer.locator('.spinner').first().waitFor({ state: 'detached' });
    };
    await visit('', orgName);
    await absent(observer.getByRole('button', { name: 'Переименовать' }));
    await absent(observer.getByRole('button', { name: 'Удалить организацию' }));
    await visit('/members', 'Участники');
    await absent(observer.getByRole('button', { name: 'Пригласить' }));
    await absent(observer.getByRole('button', { name: 'Сделать владельцем' }));
    await absent(observer.getByRole('button', { name: 'Удалить', exact: true }));
    await visit('/applications', 'Приложения');
    await absent(observer.getByRole('button', { name: 'Создать', exact: true }));
    await observer.getByRole('link', { name: 'Зарплатный проект' }).click();
    await observer.getByRole('heading', { level: 1, name: 'Зарплатный проект' }).waitFor();
    await absent(observer.getByRole('button', { name: 'Перевыпустить Client Secret' }));
    await absent(observer.getByRole('button', { name: 'Удалить приложение' }));
    await absent(observer.getByRole('button', { name: 'Отменить подписку' }));
    await visit('/products', 'Продукты API');
    await absent(observer.getByRole('button', { name: /Подписаться/ }));
    await visit('/access-requests', 'Заявки на подключение');
    await absent(observer.getByRole('button', { name: 'Отправить заявку' }));
    await visit('/limit-changes', 'Изменения лимитов');
    await absent(observer.getByRole('button', { name: 'Синхронизировать сейчас' }));
    await visit('/bank', 'Подключение банка');
    await absent(observer.getByRole('button', { name: /Подключить/ }));
    await absent(observer.getByRole('link', { name: 'Журнал действий' }));
    await screenshot(observer, 'observer-applications');
  });

  it('breaks no rule of the Content-Security-Policy the site is served with', () => {
    expect(refusedByPolicy).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the main pages', async () => {
    await writeFile(
      join(SCREENSHOT_DIR, '..', 'axe-violations.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });
});
