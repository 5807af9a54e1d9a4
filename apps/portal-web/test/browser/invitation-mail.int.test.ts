import { type DevStack, LocalInbox, startDevStack } from '@devportal/dev-stack';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';

/** The widths every page is checked at: a desktop and a phone. */
const WIDTHS = [1440, 390] as const;

/**
 * An invitation as e-mail carries it: written in the inviter's page language, naming the
 * organisation, the role and the inviter, its link opening a page that shows them before
 * accepting; and the invitations waiting for a signed-in person.
 */
describe('invitations by e-mail in Chromium', () => {
  let stack: DevStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: SeriousViolation[] = [];
  const password = 'correct horse battery';
  const run = Date.now().toString(36);
  const colleagueEmail = `colleague-${run}@partner.example`;
  const waitingEmail = `waiting-${run}@partner.example`;
  let owner: Page;
  let orgPath: string;
  let orgName: string;

  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // The site's language is the person's choice, kept in the browser.
    await context.addInitScript("localStorage.setItem('devportal.locale', 'en')");
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };
  const signUp = async (page: Page, email: string, name: string) => {
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
  };
  /** Screenshots at both widths, axe, and no sideways scroll. */
  const check = async (page: Page, name: string) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('.spinner').first().waitFor({ state: 'detached' });
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-${width}`);
      violations.push(...(await seriousViolations(page, `${name}-${width}`)));
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  };
  const invite = async (email: string, role: string) => {
    await owner.goto(`${stack.url}${orgPath}/members`);
    await owner.getByLabel("Colleague's e-mail").fill(email);
    await owner.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await owner.getByRole('button', { name: 'Invite', exact: true }).click();
    await owner.getByRole('button', { name: 'Done' }).click();
  };

  beforeAll(async () => {
    browser = await launchChromium();
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
    owner = await open();
    await owner.goto(`${stack.url}/register`);
    await signUp(owner, `owner-${run}@partner.example`, 'Anna Partner');
    await owner.waitForURL(/\/orgs\/[^/]+$/);
    orgPath = new URL(owner.url()).pathname;
    orgName = (await owner.locator('h1').textContent())?.trim() ?? '';
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.close();
  });

  it('mails the invitation in English, and its link shows organisation, role and inviter before accepting', async () => {
    await invite(colleagueEmail, 'Developer');

    const mail = await new LocalInbox(stack.mailInboxUrl).waitFor(colleagueEmail);
    expect(mail.subject).toBe(`Anna Partner invites you to ${orgName}`);
    expect(mail.text).toContain(`join the organisation «${orgName}»`);
    expect(mail.text).toContain('as Developer');
    const link = mail.text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)?.[0] ?? '';
    expect(new URL(link).origin).toBe(stack.url);

    const colleague = await open();
    await colleague.goto(link);
    await colleague.waitForURL(/\/login\?next=/);
    await colleague.getByRole('link', { name: 'Sign up' }).click();
    await signUp(colleague, colleagueEmail, 'Dmitry Developer');
    await colleague
      .getByRole('heading', { level: 1, name: 'Invitation to an organisation' })
      .waitFor();
    const facts = colleague.locator('dl.facts');
    await facts.getByText(orgName).waitFor();
    expect(await facts.textContent()).toContain('Developer');
    expect(await facts.textContent()).toContain('Anna Partner');
    await check(colleague, 'invitation-preview');

    await colleague.getByRole('button', { name: 'Accept invitation' }).click();
    await colleague.waitForURL(new RegExp(orgPath));
  });

  it('shows a signed-in person the invitations waiting for their address', async () => {
    const waiting = await open();
    await waiting.goto(`${stack.url}/register`);
    await signUp(waiting, waitingEmail, 'Wanda Waiting');
    await waiting.waitForURL(/\/orgs\/[^/]+$/);
    await invite(waitingEmail, 'Observer');

    await waiting.reload();
    const section = waiting.getByRole('region', { name: 'Invitations for you' });
    await section.waitFor();
    expect(await section.textContent()).toContain(`«${orgName}» · Observer · from Anna Partner`);
    await check(waiting, 'pending-invitations');
  });

  it('says plainly that a link no longer works', async () => {
    const stranger = await open();
    await stranger.goto(`${stack.url}/register`);
    await signUp(stranger, `stranger-${run}@partner.example`, 'Sam Stranger');
    await stranger.waitForURL(/\/orgs\/[^/]+$/);
    await stranger.goto(`${stack.url}/invitations/${'A'.repeat(43)}`);
    await stranger.getByRole('alert').getByText('Invitation not found').waitFor();
    await check(stranger, 'invitation-not-found');
  });

  it('has no serious or critical accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
