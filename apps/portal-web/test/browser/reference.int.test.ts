import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { SCREENSHOT_DIR, screenshot } from './screenshots.js';
import { buildSite } from './site-build.js';

/**
 * The public catalog, the business-cards API reference and getting started, read by someone who
 * has not signed in, in Russian and English, at 1440 px and 390 px.
 */
describe('the public API pages in Chromium', { timeout: 120_000 }, () => {
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];

  const visitor = async (width: number, locale = 'ru-RU') => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    contexts.push(context);
    // A full-page screenshot of the whole reference takes a while on a busy machine.
    context.setDefaultTimeout(30_000);
    return context.newPage();
  };
  const sidewaysScroll = (page: Page) =>
    page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
  /** Screenshot, axe and the width check of a page once its heading is there. */
  const check = async (page: Page, name: string, heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await screenshot(page, name);
    violations.push(...(await seriousViolations(page, name)));
    expect(await sidewaysScroll(page), `${name} scrolls sideways`).toBe(0);
  };
  const PAGES = [
    ['/apis', 'catalog', 'Каталог API', 'API catalog'],
    [
      '/apis/business-cards/reference',
      'reference',
      'SberBusiness API — business-card limits',
      'SberBusiness API — business-card limits',
    ],
    ['/apis/business-cards/getting-started', 'getting-started', 'Начало работы', 'Getting started'],
  ] as const;

  beforeAll(async () => {
    browser = await launchChromium();
    await buildSite();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
  });

  it('shows the catalog with its plans without signing in, and asks to sign in to subscribe', async () => {
    const page = await visitor(1440);
    await page.goto(`${stack.url}/apis`);
    await check(page, 'public-catalog-1440', 'Каталог API');
    expect(new URL(page.url()).pathname).toBe('/apis');
    await page.getByRole('heading', { name: 'Sandbox' }).waitFor();
    await page.getByRole('heading', { name: 'Production' }).waitFor();
    const subscribe = page.getByRole('link', { name: 'Войти, чтобы подписаться' });
    expect(await subscribe.getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/')}`);
  });

  it('renders every operation of the spec with scope, parameters, causes and errata', async () => {
    const page = await visitor(1440);
    await page.goto(`${stack.url}/apis/business-cards/reference`);
    await check(page, 'api-reference-1440', 'SberBusiness API — business-card limits');
    for (const operationId of [
      'listBusinessCards',
      'getCorporateCard',
      'createLimitChange',
      'getLimitChangeState',
      'getCryptoInfo',
      'authorize',
      'exchangeToken',
    ]) {
      await page.locator(`#op-${operationId}`).waitFor();
    }
    const create = page.locator('#op-createLimitChange');
    expect(await create.textContent()).toContain('BUSINESS_CARD_LIMIT');
    expect(await create.textContent()).toContain('WORKFLOW_FAULT');
    const list = page.locator('#op-listBusinessCards');
    expect(await list.textContent()).toContain('VALIDATION_FAULT');
    expect(await list.textContent()).toContain('Поправка к тексту банка');
    await page.locator('#schema-BusinessCardLimitChange').waitFor();
    expect(await page.locator('#ref-errata .ref-field').count()).toBeGreaterThanOrEqual(6);
  });

  it("shows each operation's code through the gateway and to the bank, and asks to sign in to try it", async () => {
    const page = await visitor(1440);
    await page.goto(`${stack.url}/apis/business-cards/reference`);
    const create = page.locator('#op-createLimitChange');
    expect(await create.locator('pre').textContent()).toContain('createGatewayTokenProvider');
    await create.getByRole('button', { name: 'curl, через шлюз' }).click();
    expect(await create.locator('pre').textContent()).toContain(
      '/cards/fintech/api/v1/business-cards/limits',
    );
    await create.getByRole('button', { name: 'TypeScript, напрямую в банк' }).click();
    expect(await create.locator('pre').textContent()).toContain("environment: 'test'");

    const tryIt = create.getByRole('link', { name: 'Войти, чтобы попробовать' });
    await tryIt.click();
    await page.waitForURL(/\/login\?next=%2Ftry-it$/);
  });

  it('serves the spec itself for download', async () => {
    const page = await visitor(1440);
    await page.goto(`${stack.url}/apis/business-cards/reference`);
    const link = page.getByRole('link', { name: 'Скачать спецификацию (OpenAPI, YAML)' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(await link.getAttribute('download')).not.toBeNull();

    const answer = await page.request.get(`${stack.url}${href}`);

    expect(answer.status()).toBe(200);
    const served = await answer.text();
    const spec = await readFile(
      new URL('../../../../spec/sber-business-cards.yaml', import.meta.url),
      'utf8',
    );
    expect(served).toBe(spec);
  });

  it('keeps each page within 390 px', async () => {
    const desktop = await visitor(1440);
    await desktop.goto(`${stack.url}/apis/business-cards/getting-started`);
    await check(desktop, 'getting-started-1440', 'Начало работы');
    const phone = await visitor(390);
    for (const [path, name, heading] of PAGES) {
      await phone.goto(`${stack.url}${path}`);
      await check(phone, `${name}-390`, heading);
    }
  });

  for (const width of [1440, 390]) {
    it(`reads in English at ${width} px`, async () => {
      const english = await visitor(width, 'en-US');
      await english.goto(`${stack.url}/apis`);
      await english.getByRole('button', { name: 'EN' }).click();
      for (const [path, name, , heading] of PAGES) {
        await english.goto(`${stack.url}${path}`);
        await check(english, `${name}-en-${width}`, heading);
      }
    });
  }

  it("opens Try it in the person's organisation once signed in", async () => {
    const page = await visitor(1440);
    await page.goto(`${stack.url}/apis/business-cards/getting-started`);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await page.getByLabel('Имя и фамилия').fill('Ирина Читателева');
    await page
      .getByLabel('Электронная почта')
      .fill(`reader-${Date.now().toString(36)}@partner.example`);
    await page.getByLabel('Пароль').fill('correct horse battery');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);

    await page.goto(`${stack.url}/apis/business-cards/reference`);
    await page.locator('#op-getCryptoInfo').getByRole('link', { name: 'Попробовать' }).click();

    await page.waitForURL(/\/orgs\/[^/]+\/try-it$/);
  });

  it('has no serious or critical accessibility violations on the public pages', async () => {
    await writeFile(
      join(SCREENSHOT_DIR, '..', 'axe-violations-reference.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });
});
