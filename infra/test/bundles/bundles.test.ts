import { mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type FunctionBundle, functionBundles } from '../../scripts/function-bundles.js';
import type { DevportalStack } from '../../src/devportal-stack.js';
import type { AppFunction } from '../../src/functions/app-function.js';
import { devportalApp } from '../support/synthesize.js';
import { logicalIdOf } from '../support/template-queries.js';

/** A bundle past this many bytes means a dependency slipped in that nobody meant to ship. */
const CODE_BUDGET_BYTES = 2 * 1024 * 1024;

let stack: DevportalStack;
let bundles: FunctionBundle[];

const bundleOf = (app: AppFunction) => {
  const bundle = bundles.find((candidate) => candidate.logicalId === logicalIdOf(app.handler));
  if (bundle === undefined) throw new Error(`${app.node.id} has no bundle`);
  return bundle;
};

beforeAll(() => {
  const outdir = mkdtempSync(join(tmpdir(), 'devportal-bundles-'));
  const built = devportalApp('dev', { bundle: true, outdir });
  built.app.synth();
  stack = built.stack;
  bundles = functionBundles(outdir, stack.artifactId);
});

describe('function bundles', () => {
  test('are one per app', () => {
    expect(bundles).toHaveLength(3);
  });

  test.each(['portalApi', 'cardsGateway', 'statusSync'] as const)(
    '%s is one minified ES module exporting handler, with a linked source map',
    (app) => {
      const code = readFileSync(join(bundleOf(stack[app]).directory, 'index.mjs'), 'utf8');
      expect(code.startsWith('import { createRequire as __devportalCreateRequire }')).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\s*\}/);
      expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
      // Minified: the few line breaks left are inside strings and license comments.
      expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
      // Static import statements: only Node's built-ins stay outside the bundle (the SDK too is in).
      const imported = [
        ...code.matchAll(/(?:^|[;\n])import\s*(?:[^;"']*?from\s*)?["']([^"']+)["']/g),
      ].map(([, name]) => name);
      expect(imported).toContain('node:module');
      const builtins = new Set(builtinModules);
      expect(
        imported.filter((name) => !name?.startsWith('node:') && !builtins.has(name ?? '')),
      ).toEqual([]);
    },
  );

  test('stay within their size budget', () => {
    for (const bundle of bundles) expect(bundle.codeBytes).toBeLessThan(CODE_BUDGET_BYTES);
  });
});
