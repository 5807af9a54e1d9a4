import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { SCREENSHOT_DIR, screenshot } from './screenshots.js';

/**
 * A new partner, from the sign-up form to a limit change signed in the page that the sandbox
 * implements, with the website alone; the clicks are counted and printed (the closing note
 * quotes them). Then the Client Secret's refusals and where the secret is (not) kept.
 */
describe('«Попробовать» does the whole job in the sandbox, in Chromium', {
  timeout: 120_000,
}, () => {
  let stack: DevStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clientSecret = '';
  let clicks = 0;
  const violations: SeriousViolation[] = [];
  const tokenAnswers: { status: number; challenge: string | undefined }[] = [];

  /** A click the person makes (typing and pasting are not counted). */
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const check = async (name: string) => {
    await screenshot(page, name);
    violations.push(...(await seriousViolations(page, name)));
    expect(
      await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
      `${name} scrolls sideways`,
    ).toBe(0);
  };
  const storage = () =>
    page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/oauth/token') {
        tokenAnswers.push({
          status: response.status(),
          challenge: response.headers()['www-authenticate'],
        });
      }
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('gets a partner from sign-up to a first successful call', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Имя и фамилия').fill('Пётр Интеграторов');
    await page
      .getByLabel('Электронная почта')
      .fill(`tryit-${Date.now().toString(36)}@partner.example`);
    await page.getByLabel('Пароль').fill('correct horse battery');
    await click(page.getByRole('button', { name: 'Зарегистрироваться' }));
    await page.waitForURL(/\/orgs\/[^/]+$/);

    await click(page.getByRole('link', { name: 'Приложения' }));
    await page.getByLabel('Название').fill('Лимиты из браузера');
    await click(page.getByRole('button', { name: 'Создать', exact: true }));
    const dialog = page.getByRole('alertdialog');
    clientSecret = (await dialog.locator('.copyable-value').nth(1).textContent()) ?? '';
    await click(dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }));

    await click(page.getByRole('link', { name: 'Продукты API' }));
    await click(page.getByRole('button', { name: 'Подписаться на «Sandbox»' }));
    await click(page.getByRole('dialog').getByRole('button', { name: 'Подписать' }));
    await shown(page.getByText('Приложение подписано.'));
    await click(page.getByRole('dialog').getByRole('button', { name: 'Готово' }));

    await click(page.getByRole('link', { name: 'Попробовать' }));
    await page.getByLabel('Client Secret').fill(clientSecret);
    await click(page.getByRole('button', { name: 'Получить токен' }));
    await shown(page.getByText(/Токен получен/));
    await shown(page.getByText('Тестовый контур', { exact: true }));
    await click(page.getByRole('button', { name: 'Отправить' }));
    const result = page.getByRole('region', { name: 'Результат: Список карт' });
    await shown(result.getByText('200', { exact: false }).first());

    console.log(`clicks from sign-up to the first successful Try it call: ${clicks}`);
    await check('try-it-list-1440');
  });

  it('signs a limit change in the page for a listed card and watches it reach IMPLEMENTED', async () => {
    const result = page.getByRole('region', { name: 'Результат: Список карт' });
    await click(result.getByRole('button', { name: /^Изменить лимит карты/ }).first());
    expect(await page.getByLabel('businessCardId').inputValue()).toMatch(/^[0-9a-f-]{36}$/i);
    const externalId = await page.getByLabel('externalId').inputValue();
    expect(
      await page
        .getByLabel('Подписать в браузере тестовым ключом пользователя песочницы')
        .isChecked(),
    ).toBe(true);

    await click(page.getByRole('button', { name: 'Отправить' }));

    const created = page.getByRole('region', { name: 'Результат: Изменить лимит' });
    await shown(created.getByText('201', { exact: false }).first());
    await shown(created.getByText(/Подписывает пользователь песочницы/));
    expect(await created.locator('pre').nth(1).textContent()).toContain('digestSignatures');
    await shown(
      page.getByRole('status').filter({ hasText: 'Банк исполнил заявку (IMPLEMENTED).' }),
    );
    console.log(`clicks from sign-up to an IMPLEMENTED limit change: ${clicks}`);
    // A fresh externalId for the next request: the sent one is never reused.
    expect(await page.getByLabel('externalId').inputValue()).not.toBe(externalId);
    await check('try-it-implemented-1440');
  });

  it('offers getCryptoInfo, and folds results away', async () => {
    await page.getByRole('button', { name: 'Сертификаты' }).click();
    await page.getByRole('button', { name: 'Отправить' }).click();
    const certificates = page.getByRole('region', { name: 'Результат: Сертификаты' });
    await shown(certificates.getByText('certificateInfos').first());
    await certificates.getByRole('button', { name: /^Подписывать сертификатом/ }).click();
    expect(
      await page
        .getByRole('button', { name: 'Изменить лимит', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await certificates.locator('summary').click();
    expect(await certificates.locator('pre').first().isVisible()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await check('try-it-390');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("explains a wrong Client Secret without the browser's login prompt, and keeps no secret in storage", async () => {
    await page.getByLabel('Client Secret').fill(`${clientSecret}-wrong`);
    await page.getByRole('button', { name: 'Получить токен' }).click();

    await shown(page.getByRole('alert').filter({ hasText: 'Client Secret неверен' }));
    const refused = tokenAnswers.filter((answer) => answer.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    // No challenge, so Chromium has nothing to open its own prompt for.
    expect(refused.map((answer) => answer.challenge)).toEqual(refused.map(() => undefined));
    const stored = await storage();
    expect(stored).not.toContain(clientSecret);
    expect(stored).not.toContain('PRIVATE KEY');
    await check('try-it-wrong-secret-1440');
    await page.getByRole('button', { name: 'EN' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'the Client Secret is wrong' }));
    await check('try-it-wrong-secret-en-1440');
  });

  it('has no serious or critical accessibility violations', async () => {
    await writeFile(
      join(SCREENSHOT_DIR, '..', 'axe-violations-try-it.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });
});
