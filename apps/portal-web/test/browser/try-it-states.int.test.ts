import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriousViolation } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { checkAtBothWidths, PHONE } from './page-checks.js';
import { SCREENSHOT_DIR } from './screenshots.js';

/**
 * «Попробовать» in each state a person meets, at 390 and 1440 px, in Chromium against the local
 * stack: the form before and after the token, a call on its way, the result list, a signed limit
 * change being followed, its final IMPLEMENTED, and a refused Client Secret; RU and EN. The
 * in-between states last as long as the gateway takes to answer, so the test holds that answer
 * (Playwright's request routing) until the state is checked, then lets it through unchanged.
 */
describe('«Попробовать» in every state, at 390 and 1440 px', { timeout: 120_000 }, () => {
  let stack: DevStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clientSecret = '';
  const violations: SeriousViolation[] = [];

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const check = (name: string) => checkAtBothWidths(page, `try-it-${name}`, violations);
  /**
   * Holds the gateway's answers to requests whose path matches `path` until the returned
   * function is called; the requests then reach the gateway as sent.
   */
  const holdAnswers = async (path: RegExp) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const matches = (url: URL) => path.test(url.pathname);
    const passing: Promise<void>[] = [];
    await page.route(matches, (route) => {
      const passed = released.then(() => route.continue());
      passing.push(passed);
      return passed;
    });
    return async () => {
      release();
      // Each held request goes on before the route is removed: removing it first would let
      // Playwright finish them itself, and the handlers would find them already handled.
      await Promise.all(passing);
      await page.unroute(matches);
    };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    context = await browser.newContext({ viewport: PHONE, locale: 'ru-RU' });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();

    await page.goto(`${stack.url}/register?next=%2F`);
    await page.getByLabel('Имя и фамилия').fill('Фаина Телефонова');
    await page
      .getByLabel('Электронная почта')
      .fill(`phone-${Date.now().toString(36)}@partner.example`);
    await page.getByLabel('Пароль').fill('correct horse battery');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${stack.url}${orgPath}/applications`);
    await page.getByLabel('Название').fill('Карты с телефона');
    await page.getByRole('button', { name: 'Создать', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    clientSecret = (await dialog.locator('.copyable-value').nth(1).textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await page.goto(`${stack.url}${orgPath}/products`);
    await page.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await shown(page.getByText('Приложение подписано.'));
    await page.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
    await page.goto(`${stack.url}${orgPath}/try-it`);
    await page.getByRole('heading', { level: 1, name: 'Попробовать' }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('shows the form before and after the token', async () => {
    await shown(page.getByText('Сначала получите токен', { exact: false }));
    await check('form-no-token');
    await page.getByLabel('Client Secret').fill(clientSecret);
    await page.getByRole('button', { name: 'Получить токен' }).click();
    await shown(page.getByText(/Токен получен/));
    await shown(page.getByText('Тестовый контур', { exact: true }));
    await check('form');
  });

  it('says a call is on its way, then lists the result', async () => {
    const letThrough = await holdAnswers(/\/v1\/business-cards$/);
    await page.getByRole('button', { name: 'Отправить' }).click();
    await shown(page.getByRole('status').filter({ hasText: 'Запрос отправлен, ждём ответа…' }));
    expect(await page.getByRole('button', { name: 'Отправить' }).isDisabled()).toBe(true);
    await check('running');
    await letThrough();

    const result = page.getByRole('region', { name: 'Результат: Список карт' });
    await shown(result.getByText('200', { exact: false }).first());
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
    await check('result-list');
  });

  it('follows a signed limit change until IMPLEMENTED', async () => {
    const result = page.getByRole('region', { name: 'Результат: Список карт' });
    await result
      .getByRole('button', { name: /^Изменить лимит карты/ })
      .first()
      .click();
    const letThrough = await holdAnswers(/\/v1\/business-cards\/limits\/[^/]+\/state$/);
    await page.getByRole('button', { name: 'Отправить' }).click();

    const created = page.getByRole('region', { name: 'Результат: Изменить лимит' });
    await shown(created.getByText('201', { exact: false }).first());
    const following = page.getByRole('status').filter({ hasText: 'Ждём окончательного состояния' });
    await shown(following);
    await check('polling');
    await letThrough();

    await shown(
      page.getByRole('status').filter({ hasText: 'Банк исполнил заявку (IMPLEMENTED).' }),
    );
    await check('implemented');
    await page.getByRole('button', { name: 'EN' }).click();
    await shown(
      page
        .getByRole('status')
        .filter({ hasText: 'The bank implemented the request (IMPLEMENTED).' }),
    );
    await check('implemented-en');
    await page.getByRole('button', { name: 'RU' }).click();
  });

  it('explains a refused Client Secret', async () => {
    await page.getByLabel('Client Secret').fill(`${clientSecret}-wrong`);
    await page.getByRole('button', { name: 'Получить токен' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'Client Secret неверен' }));
    await check('error');
    await page.getByRole('button', { name: 'EN' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'the Client Secret is wrong' }));
    await check('error-en');
  });

  it('has no serious or critical accessibility violations', async () => {
    await writeFile(
      join(SCREENSHOT_DIR, '..', 'axe-violations-try-it-states.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });
});
