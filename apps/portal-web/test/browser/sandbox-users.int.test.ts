import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriousViolation } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { checkPage } from './page-checks.js';

/** The cards of a list call's answer, and whom the call named. */
interface ListedCards {
  readonly sandboxUser: string | undefined;
  readonly cardIds: readonly string[];
}

/**
 * Try-it's choice of seeded sandbox user in Chromium against the local stack: the list with each
 * user's organisation and cards, a list call that shows the chosen user's cards, a limit change
 * signed in the page with that user's test key that the sandbox implements, and a user who cannot
 * sign; RU and EN at 1440 and 390 px.
 */
describe("Try-it's choice of seeded sandbox user, in Chromium", { timeout: 120_000 }, () => {
  let stack: DevStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: SeriousViolation[] = [];

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const picker = () => page.getByLabel('Пользователь песочницы');
  const check = (name: string) => checkPage(page, name, violations);
  const cardsOf = (name: string) =>
    new Set(
      stack.sandbox.organizations
        .find((organization) => organization.name === name)
        ?.cards.map((card) => card.businessCardId),
    );
  /** Sends the list operation and reads the gateway's answer the page got. */
  const listCards = async (): Promise<ListedCards> => {
    await page.getByRole('button', { name: 'Список карт' }).click();
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/v1/business-cards?')),
      page.getByRole('button', { name: 'Отправить' }).click(),
    ]);
    const body = (await answer.json()) as { businessCards: { businessCardId: string }[] };
    return {
      sandboxUser: answer.request().headers()['x-sandbox-user'],
      cardIds: body.businessCards.map((card) => card.businessCardId),
    };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();

    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Имя и фамилия').fill('Сандра Песочникова');
    await page
      .getByLabel('Электронная почта')
      .fill(`sandbox-users-${Date.now().toString(36)}@partner.example`);
    await page.getByLabel('Пароль').fill('correct horse battery');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
    await page.getByRole('link', { name: 'Приложения' }).click();
    await page.getByLabel('Название').fill('Песочница');
    await page.getByRole('button', { name: 'Создать', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    const clientSecret = (await dialog.locator('.copyable-value').nth(1).textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await page.getByRole('link', { name: 'Продукты API' }).click();
    await page.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
    await page.getByRole('link', { name: 'Попробовать' }).click();
    await page.getByLabel('Client Secret').fill(clientSecret);
    await page.getByRole('button', { name: 'Получить токен' }).click();
    await shown(page.getByText(/Токен получен/));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it("lists the sandbox's seeded users with their organisation and cards, starting at the default one", async () => {
    await shown(picker());

    const options = await picker().locator('option').allTextContents();

    expect(options).toEqual(
      stack.sandbox.organizations.flatMap((organization) =>
        organization.users.map((user) => `${user.login} — ${organization.name}`),
      ),
    );
    expect(await picker().inputValue()).toBe('romashka.director');
    await shown(page.getByText(/ООО «Ромашка» \(ИНН \d+\)\. Карт: 263\. Право подписи: SINGLE\./));
    const listed = await listCards();
    const romashka = cardsOf('ООО «Ромашка»');
    expect(listed.sandboxUser).toBe('romashka.director');
    expect(listed.cardIds.every((id) => romashka.has(id))).toBe(true);
    await check('try-it-sandbox-user');
  });

  it("shows the chosen user's cards and signs their limit change with their key, to IMPLEMENTED", async () => {
    await picker().selectOption('vector.director');
    await shown(page.getByText(/АО «Вектор» \(ИНН \d+\)\. Карт: 100\./));

    const listed = await listCards();
    const result = page.getByRole('region', { name: 'Результат: Список карт' }).first();
    await result
      .getByRole('button', { name: /^Изменить лимит карты/ })
      .first()
      .click();
    const card = await page.getByLabel('businessCardId').inputValue();
    await page.getByRole('button', { name: 'Отправить' }).click();

    const vector = cardsOf('АО «Вектор»');
    expect(listed.sandboxUser).toBe('vector.director');
    expect(listed.cardIds.length).toBeGreaterThan(0);
    expect(listed.cardIds.every((id) => vector.has(id))).toBe(true);
    expect(vector.has(card)).toBe(true);
    const created = page.getByRole('region', { name: 'Результат: Изменить лимит' }).first();
    await shown(created.getByText(/Подписывает пользователь песочницы vector\.director/));
    await shown(
      page.getByRole('status').filter({ hasText: 'Банк исполнил заявку (IMPLEMENTED).' }),
    );
    await check('try-it-sandbox-user-signed');
  });

  it('says a user without a certificate cannot sign, while their (empty) list still works', async () => {
    await picker().selectOption('newstart.director');
    await shown(page.getByText(/ООО «Новый старт» \(ИНН \d+\)\. Карт: 0\. Право подписи: нет\./));

    const listed = await listCards();
    await page.getByRole('button', { name: 'Изменить лимит', exact: true }).click();
    await page.getByRole('button', { name: 'Отправить' }).click();

    expect(listed).toEqual({ sandboxUser: 'newstart.director', cardIds: [] });
    await shown(page.getByRole('alert').filter({ hasText: 'Шлюз не выдал тестовые ключи: 404' }));
  });

  it('offers the choice on a phone, in English and Russian', async () => {
    await picker().selectOption('sokolov');
    await page.setViewportSize({ width: 390, height: 844 });
    await shown(page.getByText(/Карт: 3\./));
    await check('try-it-sandbox-user');
    await page.getByRole('button', { name: 'EN' }).click();
    await shown(page.getByText(/Cards: 3\. Signing authority: SINGLE\./));
    await check('try-it-sandbox-user-en');
    await page.setViewportSize({ width: 1440, height: 900 });
    await check('try-it-sandbox-user-en');
    await page.getByRole('button', { name: 'RU' }).click();
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
