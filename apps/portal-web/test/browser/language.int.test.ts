import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

/**
 * The page's visible text outside code (`code`, `pre`, `kbd`, `samp`): what a person reads as
 * prose. Evaluated as text: this file compiles for Node, without the DOM's types.
 */
const VISIBLE_PROSE = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, kbd, samp, script, style, svg')) continue;
    if (!parent.checkVisibility()) continue;
    texts.push(node.textContent);
  }
  return texts.join(' ');
})()`;

/**
 * Latin words a Russian page may show: names of things, not of the interface. Product and plan
 * names, the bank's and the API's terms, the operations' ids (the bank's contract names them so),
 * formats and protocols.
 */
const ALLOWED_LATIN = new Set(
  [
    // the language switch, and the contours' names the plans keep in both languages
    'RU EN Sandbox Production',
    // terms of the API and the bank: credentials, protocols, formats, runtimes
    'API SDK Client ID Secret OAuth HTTP HTTPS http https URL JSON CSV UUID SberBusiness NDA Node js',
    // the specification webhooks are signed by
    'Standard Webhooks',
    // the bank's operations and its final status, as its contract names them
    'listBusinessCards getCorporateCard createLimitChange getLimitChangeState getCryptoInfo',
    'IMPLEMENTED',
  ].flatMap((line) => line.split(' ')),
);

/**
 * The words of `text` that are neither Russian nor allowed: camelCase field names (externalId,
 * callbackUrl) and English interface words. E-mail addresses, URLs, paths and npm packages are names, not words.
 */
function foreignWords(text: string): string[] {
  const prose = text
    .replace(/@[\w-]+\/[\w-]+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(https?:\/\/|\/)\S*/g, ' ')
    .replace(/\b[\w-]*\d[\w-]*\b/g, ' ');
  const words = prose.match(/[A-Za-z][A-Za-z-]*[A-Za-z]|\b[A-Za-z]\b/g) ?? [];
  return [...new Set(words)].filter((word) => !ALLOWED_LATIN.has(word)).sort();
}

/**
 * Every page reads as one language, in Chromium against the local stack: the API's refusals in
 * the page's language, not the API's English; the catalog's products and plans in the page's
 * language; the test organisation named in the language the person signed up in.
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

  it('names the test organisation in the language the person signed up in', async () => {
    await owner.goto(`${stack.url}${orgPath}`);
    await shown(owner.getByRole('heading', { level: 1, name: 'Тестовая организация' }));

    const english = await context.browser()?.newContext({ locale: 'en-GB' });
    if (!english) throw new Error('no browser');
    const page = await english.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${stack.url}/register`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await register(page, 'Edward English', `language-en-${run}@partner.example`);
    await shown(page.getByRole('heading', { level: 1, name: 'Test organisation' }));
    // The organisation keeps its name when the person switches the site's language.
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await shown(page.getByRole('heading', { level: 1, name: 'Test organisation' }));
    await english.close();
  });

  it('shows the catalog’s products and plans in the page’s language', async () => {
    await owner.goto(`${stack.url}${orgPath}/products`);
    await settled(owner);
    await shown(owner.getByRole('heading', { level: 2, name: /^Лимиты бизнес-карт/ }));
    await shown(owner.getByText(/^Тестовый контур банка/));
    await owner.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await shown(owner.getByRole('dialog', { name: /Лимиты бизнес-карт/ }));
    await owner.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await shown(owner.getByText('Приложение подписано.'));
    await owner.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
    await screenshot(owner, 'language-products-ru-1440');

    await owner.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(owner.getByRole('heading', { level: 2, name: /^Business card limits/ }));
    await shown(owner.getByText(/^The bank's test contour/));
    await owner.goto(`${stack.url}${orgPath}/subscriptions`);
    await shown(owner.getByText('Business card limits').first());
    await owner.getByRole('button', { name: 'RU', exact: true }).click();
    await shown(owner.getByText('Лимиты бизнес-карт').first());
    expect(await owner.getByText('Business card limits').count()).toBe(0);

    await owner.goto(`${stack.url}/apis`);
    await shown(owner.getByRole('heading', { level: 2, name: /^Лимиты бизнес-карт/ }));
    await shown(owner.getByText(/^Настоящие карты организации/));
  });

  it('shows no raw field name and no English UI word on any Russian page', async () => {
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByRole('link', { name: 'Уведомления' }).click();
    await settled(owner);
    const appPath = new URL(owner.url()).pathname.slice(orgPath.length);
    const pages = [
      ...[
        '',
        '/members',
        '/applications',
        appPath,
        '/products',
        '/subscriptions',
        '/access-requests',
        '/try-it',
        '/analytics',
        '/bank',
        '/limit-changes',
        '/audit',
        '/webhooks',
      ].map((path) => `${orgPath}${path}`),
      '/profile',
      '/apis',
      '/apis/business-cards/getting-started',
    ];
    const found: string[] = [];
    const sweep = async (page: Page, path: string) => {
      await page.goto(`${stack.url}${path}`);
      await settled(page);
      const words = foreignWords(await page.evaluate<string>(VISIBLE_PROSE));
      if (words.length > 0) found.push(`${path}: ${words.join(', ')}`);
    };
    for (const path of pages) await sweep(owner, path);
    const signedOut = await context.browser()?.newContext({ locale: 'ru-RU' });
    if (!signedOut) throw new Error('no browser');
    const visitor = await signedOut.newPage();
    for (const path of ['/login', '/register', '/forgot-password']) await sweep(visitor, path);
    await signedOut.close();

    expect(found).toEqual([]);
  });

  it('has no serious accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
