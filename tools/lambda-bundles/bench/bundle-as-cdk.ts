import { build } from 'esbuild';

/** Node's release the bundles target here: the machine's, see {@link bundleAsCdk}. */
export const BUNDLE_TARGET = 'node20';

/** Copied from infra's `ESM_REQUIRE_SHIM`: the banner is part of what Node parses at import. */
const ESM_REQUIRE_SHIM =
  "import { createRequire as __devportalCreateRequire } from 'node:module'; const require = __devportalCreateRequire(import.meta.url);";

/**
 * Bundles the Lambda module `entry` into `outfile` with the options infra's `AppFunction` gives
 * NodejsFunction (infra/src/functions/app-function.ts), which NodejsFunction passes to esbuild
 * as `--bundle --platform=node --format=esm --minify --sourcemap --sources-content=false
 * --main-fields=module,main --banner:js=…`, nothing external (the SDK is bundled). One change:
 * the target is node20 rather than node22, because this machine runs Node 20 and the bench
 * imports the bundle here; esbuild then lowers the little syntax Node 22 alone would accept.
 */
export async function bundleAsCdk(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_SHIM },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    external: [],
    logLevel: 'warning',
  });
}
