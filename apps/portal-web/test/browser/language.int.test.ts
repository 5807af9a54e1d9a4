import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

/**
 * Every page reads as one language, in Chromium against the local stack: the API's refusals in
 * the page's language, not the API's English.
 */
describe('one language per page in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  let context: BrowserContext;
  let owner: Page;
  let orgPath: string;
  const violations: SeriousViolation[] = [];
  const password = 'correct horse battery';
  const run = Date.now().toString(36);

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const settled = async (page: Page) => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
  };
  const register = async (page: Page, name: string, email: string) => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel(/^(Имя и фамилия|Full name)$/).fill(name);
    await page.getByLabel(/^(Электронная почта|E-mail)$/).fill(email);
    await page.getByLabel(/^(Пароль|Password)$/).fill(password);
    await page.getByRole('button', { name: /^(Зарегистрироваться|Sign up)$/ }).click();
    // scrypt's password hash and the first call's provisioning take seconds on a busy machine.
    await page.waitForURL(/\/orgs\/[^/]+$/, { timeout: 60_000 });
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
    context.setDefaultTimeout(30_000);
    owner = await context.newPage();
    await register(owner, 'Людмила Языкова', `language-${run}@partner.example`);
    orgPath = new URL(owner.url()).pathname;
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill('Уведомления');
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    await owner.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('shows a refusal of the API in Russian on a Russian page, and in English on an English one', async () => {
    await owner.goto(`${stack.url}${orgPath}/webhooks`);
    await settled(owner);
    // The API refuses a URL carrying credentials (`invalid_webhook_url`, its detail in English).
    await owner.getByLabel('Адрес (URL)').fill('https://user:secret@hooks.partner.example/events');
    await owner.getByRole('button', { name: 'Добавить', exact: true }).click();
    const alert = owner.getByRole('alert');
    await shown(alert.getByText(/^Адрес вебхука: https на порту 443/));
    expect(await alert.textContent()).not.toMatch(/must|URL|user name/i);
    await screenshot(owner, 'language-problem-ru-1440');
    violations.push(...(await seriousViolations(owner, 'problem ru')));

    await owner.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(alert.getByText(/^A webhook address is https on port 443/));
    await owner.getByRole('button', { name: 'RU', exact: true }).click();
  });

  it('has no serious accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
