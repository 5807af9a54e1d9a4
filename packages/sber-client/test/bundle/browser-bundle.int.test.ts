import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The budget of one operation's browser bundle: the client's own code and openapi-fetch. */
const budgetBytes = 15 * 1024;

const nodeBuiltins = new Set(builtinModules);

/** Records every import of a Node built-in and leaves it out, so the test can name each one. */
function nodeImportsRecorder(found: string[]): Plugin {
  return {
    name: 'node-imports',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, ({ path, importer }) => {
        const bare = path.replace(/^node:/, '');
        if (!path.startsWith('node:') && !nodeBuiltins.has(bare)) return undefined;
        found.push(`${path} (from ${importer})`);
        return { path, external: true };
      });
    },
  };
}

async function bundleOneOperation() {
  const nodeImports: string[] = [];
  const result = await build({
    entryPoints: [new URL('./one-operation.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeImportsRecorder(nodeImports)],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code, inputs: Object.keys(result.metafile.inputs), nodeImports };
}

describe('one operation bundled for the browser', () => {
  it(`imports no Node built-in and no mutual-TLS code, and stays within ${budgetBytes / 1024} KiB gzip`, async () => {
    // Act
    const { code, inputs, nodeImports } = await bundleOneOperation();
    const gzipBytes = gzipSync(code, { level: 9 }).length;
    console.info(
      `sber-client, one operation, browser bundle: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB gzip (budget ${budgetBytes / 1024} KiB)`,
    );

    // Assess
    expect(nodeImports).toEqual([]);
    // http-transport's `browser` field maps its mutual-TLS module to an empty one, `(disabled):…`.
    const mutualTlsCode = inputs.filter(
      (input) =>
        /undici|mutual-tls-fetch|agent-request/.test(input) && !input.startsWith('(disabled):'),
    );
    expect(mutualTlsCode).toEqual([]);
    // openapi-fetch reads `process.versions.undici`; a module specifier is what must not appear.
    expect(new TextDecoder().decode(code)).not.toMatch(/["'](undici|node:[\w/]+)["']/);
    expect(gzipBytes).toBeLessThanOrEqual(budgetBytes);
  });
});
