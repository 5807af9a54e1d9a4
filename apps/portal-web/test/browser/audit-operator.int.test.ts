import { readFile } from 'node:fs/promises';
import { DEMO_ACCOUNTS, type DevStack, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** An application name a spreadsheet would run as a formula if the export wrote it as is. */
const HOSTILE_NAME = '=HYPERLINK("http://evil.test/","Open")';

/**
 * The audit log (names, readable actions, filters, CSV download) and the bank operator's queue
 * (organisation and requester named), in Chromium against the local stack, in RU and EN, at
 * 1440 and 390 px, with axe and screenshots.
 */
describe('the audit log and the operator queue in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let owner: Page;
  let orgPath: string;
  let orgId: string;
  let orgName: string;
  const violations: SeriousViolation[] = [];
  const run = Date.now().toString(36);
  const ownerEmail = `audit-${run}@partner.example`;
  const ownerName = 'Алла Аудиторова';

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
  const settled = async (page: Page, heading: string | RegExp) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.spinner').first().waitFor({ state: 'detached' });
  };
  /** Screenshots, axe and the sideways-scroll check of the page at both widths. */
  const bothWidths = async (page: Page, name: string, heading: string | RegExp) => {
    for (const [size, viewport] of [
      ['1440', DESKTOP],
      ['390', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await settled(page, heading);
      await screenshot(page, `${name}-${size}`);
      violations.push(...(await seriousViolations(page, `${name} at ${size}`)));
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width, `${name} at ${size}`).toBeLessThanOrEqual(viewport.width);
    }
    await page.setViewportSize(DESKTOP);
  };
  const open = async (locale: 'ru' | 'en') => {
    const context = await browser.newContext({
      viewport: DESKTOP,
      locale: locale === 'ru' ? 'ru-RU' : 'en-US',
      acceptDownloads: true,
    });
    await context.addInitScript(`localStorage.setItem('devportal.locale', '${locale}')`);
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    return context.newPage();
  };
  /** Signs in on the login page, which reads in the page's language. */
  const signIn = async (page: Page, email: string, password: string, next: string) => {
    await page.goto(`${stack.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel(/^(Электронная почта|E-mail)$/).fill(email);
    await page.getByLabel(/^(Пароль|Password)$/).fill(password);
    await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    owner = await open('ru');

    // A partner with a history: an application named as a formula and an access request.
    await owner.goto(`${stack.url}/register?next=%2F`);
    await owner.getByLabel('Имя и фамилия').fill(ownerName);
    await owner.getByLabel('Электронная почта').fill(ownerEmail);
    await owner.getByLabel('Пароль').fill('correct horse battery');
    await owner.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await owner.waitForURL(/\/orgs\/[^/]+$/);
    orgPath = new URL(owner.url()).pathname;
    orgId = orgPath.split('/').at(-1) ?? '';
    await settled(owner, /.+/);
    orgName = (await owner.locator('h1').textContent())?.trim() ?? '';
    await owner.goto(`${stack.url}${orgPath}/applications`);
    await owner.getByLabel('Название').fill(HOSTILE_NAME);
    await owner.getByRole('button', { name: 'Создать', exact: true }).click();
    await owner
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Я сохранил(а) секрет' })
      .click();
    await owner.goto(`${stack.url}${orgPath}/access-requests`);
    await owner
      .getByLabel('Для чего нужен доступ')
      .fill('Управление лимитами корпоративных карт сотрудников');
    await owner.getByRole('button', { name: 'Отправить заявку' }).click();
    await shown(owner.getByText('На рассмотрении').first());
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
  });

  it('names who did what to which object, in Russian', async () => {
    await owner.goto(`${stack.url}${orgPath}/audit`);
    await settled(owner, 'Журнал действий');
    const table = owner.getByRole('table');

    await shown(table.getByRole('cell', { name: 'Приложение создано' }));
    await shown(table.getByRole('cell', { name: `Приложение: ${HOSTILE_NAME}` }));
    await shown(table.getByRole('cell', { name: 'Заявка на доступ подана' }));
    expect(await table.getByText(ownerName).count()).toBeGreaterThan(0);
    // No event code and no user id is shown in place of words.
    expect(await table.getByText('application.created').count()).toBe(0);
    await bothWidths(owner, 'audit-log', 'Журнал действий');
  });

  it('filters by action and by person on the server, and offers the filtered log as CSV', async () => {
    await owner.goto(`${stack.url}${orgPath}/audit`);
    await settled(owner, 'Журнал действий');
    await owner.getByLabel('Действие').selectOption({ label: 'Приложение создано' });
    await owner.getByLabel('Кто').selectOption({ label: `${ownerName} (${ownerEmail})` });
    const rows = owner.getByRole('table').locator('tbody tr');
    await owner.waitForResponse((answer) => answer.url().includes('action=application.created'));
    await expect.poll(() => rows.count()).toBe(1);
    await shown(rows.first().getByRole('cell', { name: 'Приложение создано' }));
    await bothWidths(owner, 'audit-log-filtered', 'Журнал действий');

    const downloading = owner.waitForEvent('download');
    await owner.getByRole('button', { name: 'Скачать CSV' }).click();
    const download = await downloading;
    const csv = await readFile((await download.path()) ?? '', 'utf8');

    expect(download.suggestedFilename()).toBe(`audit-log-${orgId}.csv`);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'at,actor_email,actor_name,actor_user_id,actor_role,action,target_type,target_id,target_label,source_ip,details',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test/"",""Open"")"`);

    await owner.getByRole('button', { name: 'Сбросить' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
  });

  it('reads in English', async () => {
    const english = await open('en');
    await signIn(english, ownerEmail, 'correct horse battery', `${orgPath}/audit`);
    await settled(english, 'Audit log');
    const table = english.getByRole('table');

    await shown(table.getByRole('cell', { name: 'Application created' }));
    await shown(table.getByRole('cell', { name: 'Access request submitted' }));
    await shown(english.getByRole('button', { name: 'Download CSV' }));
    await bothWidths(english, 'audit-log-en', 'Audit log');
  });

  for (const locale of ['ru', 'en'] as const) {
    it(`shows the operator the organisation and the requester, not ids (${locale})`, async () => {
      const heading = locale === 'ru' ? 'Проверка заявок' : 'Review access requests';
      const operatorAccount = DEMO_ACCOUNTS[1];
      const operator = await open(locale);
      await signIn(operator, operatorAccount.email, operatorAccount.password, '/operator');
      await settled(operator, heading);
      const request = operator.locator('.review').first();

      // The facts: organisation, submitted by, contact.
      const facts = request.locator('dd');
      await shown(facts.first());
      expect(await facts.first().textContent()).toBe(orgName);
      expect(await facts.nth(1).textContent()).toBe(`${ownerName} · ${ownerEmail}`);
      expect(await request.getByText(orgId).count()).toBe(0);
      await bothWidths(operator, `operator-queue-${locale}`, heading);
    });
  }

  it('names the support contact from /config.json under the cabinet and on the not-found page', async () => {
    const support = 'support@devportal.localhost';
    await owner.goto(`${stack.url}${orgPath}/audit`);
    await settled(owner, 'Журнал действий');
    const footerLink = owner.locator('.site-footer').getByRole('link', { name: support });

    await shown(footerLink);
    expect(await footerLink.getAttribute('href')).toBe(`mailto:${support}`);

    await owner.goto(`${stack.url}/no-such-page`);
    await shown(owner.getByRole('link', { name: support }));
    await bothWidths(owner, 'not-found-support', 'Страница не найдена');
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
