import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * `@devportal/digest/browser` bundled for a browser by esbuild: it must resolve without Node's
 * modules, and none of this package's modules it takes may use a Node global (a page has none;
 * dependencies such as pvtsutils reach `Buffer` only where `btoa` is missing).
 */
describe('the browser entry', () => {
  it('bundles for the browser with no Node module, and its own modules use no Buffer', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/browser.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });

    const own = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('src/'));
    expect(own).toContain('src/signing/inline-gost-signer.ts');
    for (const input of own) {
      const source = await readFile(new URL(`../${input}`, import.meta.url), 'utf8');
      expect(source, input).not.toMatch(/\bBuffer\.|\bprocess\.|from 'node:/);
    }
  });

  it('would fail on an entry that pulls the worker pool', async () => {
    const bundling = build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });

    await expect(bundling).rejects.toThrow(/node:/);
  });
});
