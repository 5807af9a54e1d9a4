import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The package's folder: where vite.config.ts is and dist/ goes (dev-stack serves it from there). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the site into dist/, as `pnpm start` serves it, so the suite tests the current sources. */
export async function buildSite(): Promise<void> {
  await build({ root: PACKAGE_ROOT, logLevel: 'warn', build: { sourcemap: false } });
}
