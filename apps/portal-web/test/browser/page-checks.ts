import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { screenshot } from './screenshots.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * What every new page's test checks once the page is there: a screenshot named `name-<width>`,
 * axe's serious and critical violations (added to `violations`, asserted once per file) and no
 * sideways scroll.
 */
export async function checkPage(
  page: Page,
  name: string,
  violations: SeriousViolation[],
): Promise<void> {
  const shot = `${name}-${page.viewportSize()?.width}`;
  await screenshot(page, shot);
  violations.push(...(await seriousViolations(page, shot)));
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow, `${shot} scrolls sideways`).toBe(0);
}

/** {@link checkPage} at 1440 and then 390 px; the viewport is back at 1440 px afterwards. */
export async function checkAtBothWidths(
  page: Page,
  name: string,
  violations: SeriousViolation[],
): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await checkPage(page, name, violations);
  }
  await page.setViewportSize(DESKTOP);
}
