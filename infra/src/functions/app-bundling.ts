/**
 * How every app of `apps/` is bundled for Lambda: the one home of these settings, read by
 * {@link AppFunction} (which hands them to NodejsFunction) and by the tools that must run the
 * very bundles the stack deploys (`tools/lambda-bundles`, `tools/lambda-lifecycle`). The file
 * imports nothing, so tools read it without loading the CDK (`@devportal/infra/app-bundling`).
 *
 * @see AppFunction in ./app-function.ts
 */

/** The Node.js release the functions run on (`Runtime.NODEJS_22_X`), as esbuild names it. */
export const LAMBDA_NODE_TARGET = 'node22';

/**
 * The apps are ESM with top-level await; some of their dependencies (ajv's runtime helpers, parts
 * of the AWS SDK) are CommonJS and `require` Node's built-ins, which an ESM bundle can only do
 * through a real `require`.
 */
export const ESM_REQUIRE_SHIM =
  "import { createRequire as __devportalCreateRequire } from 'node:module'; const require = __devportalCreateRequire(import.meta.url);";

/**
 * The most a function's `index.mjs` may weigh gzipped, which infra's synth test enforces: what a
 * cold start downloads, parses and evaluates grows with it, and past it a dependency slipped in
 * that the function does not need at start.
 */
export const FUNCTION_GZIP_BUDGET_BYTES = 250 * 1024;

/**
 * The most a cold import of a function's bundle may take above importing an empty module in the
 * same run (`tools/lambda-bundles`' bench, which reports it as met or missed).
 */
export const COLD_IMPORT_BUDGET_MS = 50;

/** The bundling settings, in NodejsFunction's names (`BundlingOptions`). */
export const APP_BUNDLING = {
  format: 'esm' as const,
  target: LAMBDA_NODE_TARGET,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_SHIM,
  minify: true,
  sourceMap: true,
  // Mappings are enough for stack traces; the sources themselves would double the bundle.
  sourcesContent: false,
  // The SDK is bundled at the versions the apps pin and test, not the runtime's.
  externalModules: [] as string[],
  logLevel: 'warning' as const,
};

/** The esbuild options NodejsFunction derives from {@link APP_BUNDLING} (its `--bundle --platform=node …`). */
export interface AppEsbuildOptions {
  readonly entryPoints: string[];
  readonly outfile: string;
  readonly bundle: true;
  readonly platform: 'node';
  readonly format: 'esm';
  readonly target: string;
  readonly mainFields: string[];
  readonly banner: { js: string };
  readonly minify: boolean;
  readonly sourcemap: boolean;
  readonly sourcesContent: boolean;
  readonly external: string[];
  readonly logLevel: 'warning';
}

/**
 * The options to give esbuild's `build` to bundle the Lambda module `entry` into `outfile` as the
 * stack does. `target` defaults to Lambda's Node; a tool that imports the bundle on an older Node
 * passes its own (the only difference: esbuild lowers the little syntax the newer Node alone accepts).
 */
export function appEsbuildOptions(
  entry: string,
  outfile: string,
  target: string = APP_BUNDLING.target,
): AppEsbuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: APP_BUNDLING.format,
    target,
    mainFields: [...APP_BUNDLING.mainFields],
    banner: { js: APP_BUNDLING.banner },
    minify: APP_BUNDLING.minify,
    sourcemap: APP_BUNDLING.sourceMap,
    sourcesContent: APP_BUNDLING.sourcesContent,
    external: [...APP_BUNDLING.externalModules],
    logLevel: APP_BUNDLING.logLevel,
  };
}
