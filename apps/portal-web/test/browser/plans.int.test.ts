import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriousViolation } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { checkAtBothWidths, DESKTOP, PHONE } from './page-checks.js';
import { SCREENSHOT_DIR } from './screenshots.js';

/**
 * The plan rule and the pages around it, in Chromium against the local stack: a partner moves an
 * application from the sandbox plan to production (the access request's card through pending,
 * rejected and approved as the bank's operator decides in a second browser context; the
 * replacement confirmed in a dialog that Escape cancels), an organisation the person is not in
 * inside the site's frame, and a role change that asks first and changes nothing when cancelled.
 */
describe('plans, frames and confirmations in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];
  /** Writes (anything but GET) the partner's pages sent to the portal API, as "METHOD path". */
  const writes: string[] = [];
  const password = 'correct horse battery';
  const run = Date.now().toString(36);
  const ownerEmail = `plans-owner-${run}@partner.example`;
  const adminEmail = `plans-admin-${run}@partner.example`;
  let owner: Page;
  let operator: Page;
  let orgPath: string;

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const open = async (viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport, locale: 'ru-RU' });
    contexts.push(context);
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() !== 'GET' && path.startsWith('/v1/')) {
        writes.push(`${request.method()} ${path}`);
      }
    });
    return page;
  };
  const settled = async (page: Page, heading: string | RegExp) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
  };
  const bothWidths = (page: Page, name: string) =>
    checkAtBothWidths(page, `plans-${name}`, violations);
  const signIn = async (page: Page, email: string, secret: string, next: string) => {
    await page.goto(`${stack.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill(secret);
    await page.getByRole('button', { name: 'Войти' }).click();
  };
  const productionCard = () => owner.getByRole('article', { name: 'Production' });
  const productsPage = async () => {
    await owner.goto(`${stack.url}${orgPath}/products`);
    await settled(owner, 'Продукты API');
  };
  const operatorDecides = async (decision: 'Одобрить' | 'Отклонить') => {
    await operator.goto(`${stack.url}/operator`);
    await settled(operator, 'Проверка заявок');
    await operator.getByRole('button', { name: decision }).first().click();
    await shown(operator.getByText('Заявок с таким статусом нет.'));
  };
  const requestAccess = async () => {
    await owner.goto(`${stack.url}${orgPath}/access-requests`);
    await owner.getByLabel('Для чего нужен доступ').fill('Лимиты корпоративных карт сотрудников');
    await owner.getByRole('button', { name: 'Отправить заявку' }).click();
    await shown(owner.getByText('На рассмотрении').first());
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    owner = await open();
    await owner.goto(`${stack.url}/register?next=%2F`);
    await owner.getByLabel('Имя и фамилия').fill('Полина Планова');
    await owner.getByLabel('Электронная почта').fill(ownerEmail);
    await owner.getByLabel('Пароль').fill(password);
    await owner.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await owner.waitForURL(/\/orgs\/[^/]+$/);
    orgPath = new URL(owner.url()).pathname;
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill('Зарплатный проект');
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    await owner
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Я сохранил(а) секрет' })
      .click();
    await productsPage();
    await owner.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await shown(owner.getByText('Приложение подписано.'));
    await owner.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();

    operator = await open();
    const account = DEMO_ACCOUNTS[1];
    await signIn(operator, account.email, account.password, '/operator');
    await settled(operator, 'Проверка заявок');
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
  });

  it("shows the production card as the organisation's access request stands: none, pending, rejected, approved", async () => {
    await productsPage();
    await shown(productionCard().getByText('Нужна заявка'));

    await requestAccess();
    await productsPage();
    await shown(productionCard().getByText('Заявка на рассмотрении'));

    await operatorDecides('Отклонить');
    await productsPage();
    await shown(productionCard().getByText('Заявка отклонена'));

    await requestAccess();
    await productsPage();
    await shown(productionCard().getByText('Заявка на рассмотрении'));
    await operatorDecides('Одобрить');
    // The partner comes back to the tab they left open: no reload, the card reads the decision.
    await owner.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    await shown(productionCard().getByText('Доступ одобрен'));
    expect(await productionCard().getByText('Нужна заявка').count()).toBe(0);
    await bothWidths(owner, 'products-approved');
    await owner.getByRole('button', { name: 'EN' }).click();
    await shown(productionCard().getByText('Access approved'));
    await owner.getByRole('button', { name: 'RU' }).click();
  });

  it('names the plan a production subscription replaces, and Escape cancels without a call', async () => {
    await productsPage();
    await owner.getByRole('button', { name: 'Подписаться на «Production»' }).click();
    const subscribe = owner.getByRole('dialog');
    await shown(
      subscribe.getByText('Сейчас у «Зарплатный проект»: план «Sandbox», Тестовый контур.'),
    );
    const before = writes.length;
    await subscribe.getByRole('button', { name: 'Подписать' }).click();

    const confirm = owner.getByRole('alertdialog', {
      name: 'Заменить план «Sandbox» на «Production»?',
    });
    await shown(confirm.getByText(/вызовы тестового контура .* перестанут работать/));
    // The browser keeps focus inside the topmost modal dialog.
    for (let step = 0; step < 6; step += 1) {
      await owner.keyboard.press('Tab');
      expect(
        await owner.evaluate<boolean>(
          "document.activeElement?.closest('[role=alertdialog]') !== null",
        ),
      ).toBe(true);
    }
    await bothWidths(owner, 'replace-plan');
    await owner.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await shown(subscribe.getByRole('button', { name: 'Подписать' }));
    expect(writes.slice(before)).toEqual([]);

    await subscribe.getByRole('button', { name: 'Отмена' }).click();
    await subscribe.waitFor({ state: 'detached' });

    await owner.getByRole('button', { name: 'EN' }).click();
    await owner.getByRole('button', { name: 'Subscribe to “Production”' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Subscribe' }).click();
    await shown(
      owner.getByRole('alertdialog', { name: 'Replace plan «Sandbox» with «Production»?' }),
    );
    await owner.getByRole('button', { name: 'Replace plan' }).focus();
    await owner.keyboard.press('Enter');
    await shown(owner.getByText('The application is subscribed.', { exact: false }));
    expect(writes.slice(before).filter((write) => write.includes('/subscriptions/'))).toHaveLength(
      1,
    );
    await owner.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await owner.getByRole('button', { name: 'RU' }).click();

    await owner.goto(`${stack.url}${orgPath}/subscriptions`);
    await settled(owner, 'Подписки');
    const row = owner.locator('.list-row').filter({ hasText: 'Лимиты бизнес-карт' });
    await shown(row.getByText('Рабочий контур'));
    expect(await row.getByText('Тестовый контур').count()).toBe(0);
    await bothWidths(owner, 'subscriptions-contour');
  });

  it('shows an organisation the person is not in inside the site frame, with the way to the cabinet', async () => {
    for (const [who, page] of [
      ['operator', () => operator],
      ['owner', () => owner],
    ] as const) {
      const target = who === 'operator' ? orgPath : '/orgs/no-such-organisation';
      await page().goto(`${stack.url}${target}`);
      await settled(page(), 'Нет доступа');
      await shown(page().getByText('Организации с таким адресом нет, или вы в ней не состоите.'));
      await shown(page().getByRole('banner').getByRole('button', { name: 'EN' }));
      await shown(page().getByRole('banner').getByRole('button', { name: 'Выйти' }));
      expect(await page().title()).toBe('Нет доступа — Портал разработчика');
      await bothWidths(page(), `org-unavailable-${who}`);
    }
    await owner.getByRole('button', { name: 'EN' }).click();
    await settled(owner, 'No access');
    await owner.getByRole('link', { name: 'To my cabinet' }).click();
    await owner.waitForURL(new RegExp(`${orgPath}$`));
    await owner.getByRole('button', { name: 'RU' }).click();

    await owner.goto(`${stack.url}${orgPath}/no-such-page`);
    await settled(owner, 'Страница не найдена');
    await shown(owner.getByRole('navigation', { name: 'Разделы организации' }));
    await bothWidths(owner, 'page-not-found');
    await owner.goto(`${stack.url}/no-such-page`);
    await settled(owner, 'Страница не найдена');
    await shown(owner.getByRole('banner').getByRole('button', { name: 'Выйти' }));

    const stranger = await open(PHONE);
    await stranger.goto(`${stack.url}/no-such-page`);
    await settled(stranger, 'Страница не найдена');
    await shown(stranger.getByRole('banner').getByRole('link', { name: 'Войти' }));
    await bothWidths(stranger, 'page-not-found-signed-out');
  });

  it('asks before a role change, changes nothing when cancelled, and explains demoting yourself', async () => {
    await owner.goto(`${stack.url}${orgPath}/members`);
    await owner.getByLabel('Электронная почта коллеги').fill(adminEmail);
    await owner.getByLabel('Роль', { exact: true }).selectOption({ label: 'Администратор' });
    await owner.getByRole('button', { name: 'Пригласить' }).click();
    const link = await owner.getByRole('dialog').locator('.copyable-value').textContent();
    await owner.getByRole('button', { name: 'Готово' }).click();
    const admin = await open();
    await admin.goto(`${stack.url}${new URL(link ?? '').pathname}`);
    await admin.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await admin.getByLabel('Имя и фамилия').fill('Артём Админов');
    await admin.getByLabel('Электронная почта').fill(adminEmail);
    await admin.getByLabel('Пароль').fill(password);
    await admin.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await admin.getByRole('button', { name: 'Принять приглашение' }).click();
    await admin.waitForURL(new RegExp(orgPath));

    await owner.reload();
    await settled(owner, 'Участники');
    await shown(owner.getByText(/Роль Владельца не меняется напрямую/));
    const roleOfAdmin = owner.getByLabel(`Роль: Артём Админов (${adminEmail})`);
    const before = writes.length;
    await roleOfAdmin.selectOption({ label: 'Наблюдатель' });
    const confirm = owner.getByRole('alertdialog', { name: 'Изменить роль?' });
    await shown(confirm.getByText(`Артём Админов (${adminEmail}): Администратор → Наблюдатель.`));
    await bothWidths(owner, 'role-change');
    await confirm.getByRole('button', { name: 'Отмена' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await roleOfAdmin.inputValue()).toBe('Administrator');
    expect(writes.slice(before)).toEqual([]);
    await owner.reload();
    await settled(owner, 'Участники');
    expect(await roleOfAdmin.inputValue()).toBe('Administrator');

    await admin.goto(`${stack.url}${orgPath}/members`);
    await settled(admin, 'Участники');
    await admin.getByRole('button', { name: 'EN' }).click();
    const ownRole = admin.getByLabel(`Role of Артём Админов (${adminEmail})`);
    await ownRole.selectOption({ label: 'Developer' });
    const self = admin.getByRole('alertdialog', { name: 'Change the role?' });
    await shown(self.getByText(`Артём Админов (${adminEmail}): Administrator → Developer.`));
    await shown(self.getByText(/This is your own role/));
    await bothWidths(admin, 'role-change-self-en');
    await self.getByRole('button', { name: 'Change role' }).click();
    await self.waitFor({ state: 'detached' });
    // A Developer manages no roles: the select gives way to the role's name.
    await shown(
      admin.getByRole('row', { name: /Артём Админов/ }).getByText('Developer', { exact: true }),
    );
    expect(await ownRole.count()).toBe(0);
  });

  it('has no serious or critical accessibility violations', async () => {
    await writeFile(
      join(SCREENSHOT_DIR, '..', 'axe-violations-plans.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });
});
