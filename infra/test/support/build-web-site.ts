import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: the stack's web construct deploys `apps/portal-web/dist`, so the site is
 * built (when missing or stale) before any test synthesizes the app, whatever order turbo runs
 * the packages' tasks in.
 */
export default function buildWebSite(): void {
  const script = fileURLToPath(
    new URL('../../../apps/portal-web/scripts/build-if-stale.mjs', import.meta.url),
  );
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
