import { buildSite } from './site-build.js';

/**
 * Vitest global setup: builds the site into dist/ once per run, before any browser test file
 * starts a stack serving it. Files build no copy of their own: two builds at once would empty
 * dist/ under a stack another file is reading.
 */
export default async function buildSiteOnce(): Promise<void> {
  await buildSite();
}
