import { appEsbuildOptions } from '@devportal/infra/app-bundling';
import { build } from 'esbuild';

/** Node's release the bundles target here: the machine's, see {@link bundleAsCdk}. */
export const BUNDLE_TARGET = 'node20';

/**
 * Bundles the Lambda module `entry` into `outfile` with infra's own bundling settings
 * (`@devportal/infra/app-bundling`, what `AppFunction` gives NodejsFunction). One change: the
 * target is node20 rather than node22, because this machine runs Node 20 and the bench imports
 * the bundle here; esbuild then lowers the little syntax Node 22 alone would accept.
 */
export async function bundleAsCdk(entry: string, outfile: string): Promise<void> {
  await build(appEsbuildOptions(entry, outfile, BUNDLE_TARGET));
}
