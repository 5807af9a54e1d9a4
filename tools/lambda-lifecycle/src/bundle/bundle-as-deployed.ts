import { createRequire } from 'node:module';
import { appEsbuildOptions } from '@devportal/infra/app-bundling';
import { build, type Metafile } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * The Node release the harness's bundles target: this machine's. infra targets Lambda's node22;
 * that is the one difference from the deployed bundle (esbuild then lowers the little syntax
 * Node 22 alone would accept).
 */
export const HARNESS_NODE_TARGET = 'node20';

/** The apps infra deploys, each exporting its Lambda handler as `./lambda`. */
export type DeployedApp = 'cards-gateway' | 'status-sync' | 'portal-api';

/** The source of `app`'s Lambda handler, resolved through its package as infra resolves it. */
export function lambdaEntryOf(app: DeployedApp): string {
  return require.resolve(`@devportal/${app}/lambda`);
}

/**
 * Bundles the Lambda module `entry` into `outfile` with infra's own bundling settings
 * (`@devportal/infra/app-bundling`, what `AppFunction` gives NodejsFunction), targeting
 * {@link HARNESS_NODE_TARGET}. Resolves to esbuild's metafile: which inputs fill the bundle.
 */
export async function bundleAsDeployed(entry: string, outfile: string): Promise<Metafile> {
  const { metafile } = await build({
    ...appEsbuildOptions(entry, outfile, HARNESS_NODE_TARGET),
    metafile: true,
  });
  return metafile;
}
