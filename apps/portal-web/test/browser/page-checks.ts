import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type SeriousViolation, seriousViolations } from './accessibility.js';
import { screenshot } from './screenshots.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * The page as it is now at 1440 and 390 px: a screenshot at each (`<name>-1440`, `<name>-390`),
 * axe's serious and critical findings added to `violations`, and no sideways scroll at either.
 * The viewport is back at 1440 px afterwards.
 */
export async function checkAtBothWidths(
  page: Page,
  name: string,
  violations: SeriousViolation[],
): Promise<void> {
  for (const [size, viewport] of [
    ['1440', DESKTOP],
    ['390', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${size}`);
    violations.push(...(await seriousViolations(page, `${name} at ${size}`)));
    expect(
      await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
      `${name} at ${size} scrolls sideways`,
    ).toBe(0);
  }
  await page.setViewportSize(DESKTOP);
}
