import { fileURLToPath } from 'node:url';

/** The monorepo's root: esbuild's project root, and where the lockfile and the specs live. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The lockfile esbuild bundling keys its cache on (one for the whole workspace). */
export const WORKSPACE_LOCKFILE = fileURLToPath(new URL('../../pnpm-lock.yaml', import.meta.url));

/** The portal API's contract: which of its routes are public is read from it. */
export const PORTAL_SPEC = fileURLToPath(new URL('../../spec/portal.yaml', import.meta.url));
