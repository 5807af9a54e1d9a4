import { type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * Usage as a partner sees it, in Chromium against the local stack: quota bars and the call log
 * after a call through the gateway, and every page of a signed-in owner, with data, at 390 px
 * without sideways scroll and without serious accessibility violations.
 */
describe('usage and the phone layout in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  let context: BrowserContext;
  let owner: Page;
  let orgPath: string;
  let appPath: string;
  const violations: SeriousViolation[] = [];
  const run = Date.now().toString(36);

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const settled = async (page: Page, heading: string | RegExp) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
  };
  /** Screenshots of the page at both widths, and axe at each. */
  const bothWidths = async (name: string, heading: string | RegExp) => {
    for (const [size, viewport] of [
      ['1440', DESKTOP],
      ['390', PHONE],
    ] as const) {
      await owner.setViewportSize(viewport);
      await settled(owner, heading);
      await screenshot(owner, `usage-${name}-${size}`);
      violations.push(...(await seriousViolations(owner, `${name} at ${size}`)));
    }
    await owner.setViewportSize(DESKTOP);
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU' });
    context.setDefaultTimeout(30_000);
    owner = await context.newPage();

    // A partner with data: an organisation, an application subscribed to the sandbox, one call.
    await owner.goto(`${stack.url}/register?next=%2F`);
    await owner.getByLabel('Имя и фамилия').fill('Ульяна Узкоэкранная');
    await owner.getByLabel('Электронная почта').fill(`usage-${run}@partner.example`);
    await owner.getByLabel('Пароль').fill('correct horse battery');
    await owner.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await owner.waitForURL(/\/orgs\/[^/]+$/);
    orgPath = new URL(owner.url()).pathname;
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill('Корпоративные карты');
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    const dialog = owner.getByRole('alertdialog');
    const secret = (await dialog.locator('.copyable-value').nth(1).textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Я сохранил(а) секрет' }).click();
    await owner.getByRole('link', { name: 'Корпоративные карты' }).click();
    await settled(owner, 'Корпоративные карты');
    appPath = new URL(owner.url()).pathname;
    await owner.goto(`${stack.url}${orgPath}/products`);
    await owner.getByRole('button', { name: 'Подписаться на «Sandbox»' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Подписать' }).click();
    await shown(owner.getByText('Приложение подписано.'));
    await owner.getByRole('dialog').getByRole('button', { name: 'Готово' }).click();
    await owner.goto(`${stack.url}${orgPath}/try-it`);
    await owner.getByLabel('Client Secret').fill(secret);
    await owner.getByRole('button', { name: 'Получить токен' }).click();
    await shown(owner.getByText(/Токен получен/));
    await owner.getByRole('button', { name: 'Отправить' }).click();
    await shown(owner.getByRole('region', { name: 'Результат' }).getByText('x-request-id').first());
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('shows the plan quota used today and this month on the subscriptions page', async () => {
    await owner.goto(`${stack.url}${orgPath}/subscriptions`);
    await shown(owner.getByRole('progressbar', { name: 'Сегодня' }));
    expect(
      await owner.getByRole('progressbar', { name: 'Сегодня' }).getAttribute('aria-valuenow'),
    ).toBe('1');
    await shown(owner.getByText(/^1 из 1\s000 вызовов$/).first());
    await shown(owner.getByText(/^1 из 10\s000 вызовов$/));
    await bothWidths('subscriptions', 'Подписки');
  });

  it('shows the quotas on the analytics page, with latency in мс', async () => {
    await owner.goto(`${stack.url}${orgPath}/analytics`);
    await shown(owner.getByRole('heading', { level: 2, name: 'Квоты' }));
    await shown(owner.getByText(/Корпоративные карты: Лимиты бизнес-карт, тариф Sandbox/));
    await shown(owner.getByText(/\d мс$/).first());
    expect(await owner.getByText(/\d ms$/).count()).toBe(0);
    expect(await latencyTooltip(owner)).toMatch(/\d мс/);
    await bothWidths('analytics', 'Аналитика');
  });

  it('lists the application’s recent call with its operation, status and request id', async () => {
    await owner.goto(`${stack.url}${appPath}`);
    const table = owner.getByRole('region', { name: 'Таблица последних вызовов' });
    await shown(table.getByText('listBusinessCards'));
    await shown(table.getByRole('cell', { name: '200', exact: true }));
    expect(await table.locator('tbody tr').count()).toBe(1);
    await owner.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(owner.getByRole('heading', { level: 2, name: 'Recent calls' }));
    expect(await owner.title()).toBe('Корпоративные карты — Developer portal');
    await owner.getByRole('button', { name: 'RU', exact: true }).click();
    await bothWidths('application', 'Корпоративные карты');
  });

  it('scrolls no page sideways at 390 px', async () => {
    await owner.setViewportSize(PHONE);
    const pages = [
      ['cabinet', '', /.+/],
      ['members', '/members', 'Участники'],
      ['applications', '/applications', 'Приложения'],
      ['application', appPath.slice(orgPath.length), 'Корпоративные карты'],
      ['products', '/products', 'Продукты API'],
      ['subscriptions', '/subscriptions', 'Подписки'],
      ['access-requests', '/access-requests', 'Заявки на подключение'],
      ['try-it', '/try-it', 'Попробовать'],
      ['analytics', '/analytics', 'Аналитика'],
      ['bank', '/bank', 'Подключение банка'],
      ['limit-changes', '/limit-changes', 'Изменения лимитов'],
      ['audit', '/audit', 'Журнал действий'],
    ] as const;
    const tooWide: string[] = [];
    const titles = new Set<string>();
    for (const [name, path, heading] of pages) {
      await owner.goto(`${stack.url}${orgPath}${path}`);
      await settled(owner, heading);
      titles.add(await owner.title());
      // Evaluated as text: this file compiles for Node, without the DOM's types.
      const width = await owner.evaluate<number>('document.documentElement.scrollWidth');
      if (width > PHONE.width) tooWide.push(`${name}: ${width} px`);
      await screenshot(owner, `phone-${name}`);
      violations.push(...(await seriousViolations(owner, `${name} at 390`)));
    }
    expect(tooWide).toEqual([]);
    // Every page names its own browser tab, after the site.
    expect(titles.size).toBe(pages.length);
    expect([...titles].every((title) => title.endsWith(' — Портал разработчика'))).toBe(true);
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});

/**
 * The latency chart's tooltip values where it first shows a latency in мс (none if it never does):
 * the pointer sweeps the chart from left to right, since only the periods with calls have one.
 */
async function latencyTooltip(page: Page): Promise<string> {
  const chart = page.locator('figure.chart').nth(2);
  const area = await chart.locator('.recharts-wrapper').boundingBox();
  if (!area) throw new Error('the latency chart is not drawn');
  const values = chart.locator('.recharts-tooltip-item');
  for (let step = 1; step < 48; step++) {
    await page.mouse.move(area.x + (area.width * step) / 48, area.y + area.height / 2);
    const shownValues = (await values.allTextContents()).join(' | ');
    if (/\d мс/.test(shownValues)) return shownValues;
  }
  return '';
}
