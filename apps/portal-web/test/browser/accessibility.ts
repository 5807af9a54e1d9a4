import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The part of axe's results the suite reads. */
interface AxeResults {
  readonly violations: {
    readonly id: string;
    readonly impact: string | null;
    readonly help: string;
    readonly nodes: { readonly target: string[] }[];
  }[];
}

/** A violation axe rates serious or critical: what the suite refuses. */
export interface SeriousViolation {
  readonly page: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe (WCAG 2.x A and AA rules) on the page as it is now. */
export async function seriousViolations(page: Page, name: string): Promise<SeriousViolation[]> {
  // Evaluated as text: this file compiles for Node, without the DOM's types. Not a script tag:
  // the site's Content-Security-Policy refuses inline scripts, as it should.
  if (!(await page.evaluate<boolean>("'axe' in window"))) {
    await page.evaluate(await axeSource);
  }
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: name,
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
