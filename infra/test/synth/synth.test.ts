import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type FunctionBundle, functionBundles } from '../../scripts/function-bundles.js';
import { FUNCTION_GZIP_BUDGET_BYTES } from '../../src/functions/app-bundling.js';

/** How long the CLI may take: three esbuild runs, cdk-nag and CloudFormation's validation. */
const SYNTH_TIMEOUT_MS = 180_000;

const APPS = ['PortalApi', 'CardsGateway', 'StatusSync'] as const;

/** Variables for Powertools and Node rather than for the app's own configuration. */
const RUNTIME_VARIABLES = /^(POWERTOOLS_|NODE_OPTIONS$)/;

let outdir: string;
let bundles: FunctionBundle[];

/** The environment of a machine without AWS credentials or a configured account. */
function withoutAws(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^(AWS_|CDK_DEFAULT_|CDK_VALIDATION$)/.test(name)),
  );
}

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'devportal-synth-'));
  // `pnpm synth` itself, as CI runs it: the CLI, offline, without credentials.
  execFileSync('pnpm', ['run', '--silent', 'synth', '--output', outdir], {
    cwd: new URL('../..', import.meta.url),
    env: withoutAws(process.env),
    stdio: 'pipe',
    timeout: SYNTH_TIMEOUT_MS,
  });
  bundles = functionBundles(outdir, 'Devportal-dev');
}, SYNTH_TIMEOUT_MS);

const bundleOf = (app: (typeof APPS)[number]) => {
  const bundle = bundles.find((candidate) => candidate.name === `Devportal-dev/${app}/Handler`);
  if (bundle === undefined) throw new Error(`${app} has no bundle`);
  return bundle;
};

describe('pnpm synth', () => {
  test('writes the dev stack offline, with no AWS credentials, and no validation finding', () => {
    expect(existsSync(join(outdir, 'Devportal-dev.template.json'))).toBe(true);
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
  });
});

describe('function bundles', () => {
  test('are one per app', () => {
    expect(bundles.map((bundle) => bundle.name).sort()).toEqual(
      APPS.map((app) => `Devportal-dev/${app}/Handler`).sort(),
    );
  });

  test.each(APPS)(
    '%s is one minified ES module exporting handler, with a linked source map',
    (app) => {
      const code = readFileSync(join(bundleOf(app).directory, 'index.mjs'), 'utf8');
      expect(code.startsWith('import { createRequire as __devportalCreateRequire }')).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\s*\}/);
      expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
      // Minified: the few line breaks left are inside strings and license comments.
      expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
      // Static import statements: only Node's built-ins stay outside the bundle (the SDK too is in).
      const imported = [
        ...code.matchAll(/(?:^|[;\n])import\s*(?:[^;"']*?from\s*)?["']([^"']+)["']/g),
      ].map(([, name]) => name ?? '');
      expect(imported).toContain('node:module');
      const builtins = new Set(builtinModules);
      expect(imported.filter((name) => !name.startsWith('node:') && !builtins.has(name))).toEqual(
        [],
      );
    },
  );

  test.each(APPS)('%s reads every variable its function passes', (app) => {
    const code = readFileSync(join(bundleOf(app).directory, 'index.mjs'), 'utf8');
    const notRead = Object.keys(bundleOf(app).environment)
      .filter((name) => !RUNTIME_VARIABLES.test(name))
      .filter((name) => !code.includes(name));
    expect(notRead).toEqual([]);
  });

  test('stay within their budget of 250 KiB gzipped', () => {
    const over = bundles
      .filter((bundle) => bundle.compressedCodeBytes > FUNCTION_GZIP_BUDGET_BYTES)
      .map((bundle) => `${bundle.name}: ${bundle.compressedCodeBytes} bytes gzipped`);
    expect(over).toEqual([]);
  });
});
