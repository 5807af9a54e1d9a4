/**
 * `pnpm --filter @devportal/lambda-bundles inputs`: what fills each Lambda bundle. Bundles every
 * handler as the stack does, writes esbuild's metafile beside the bench (`bench/metafiles/`, for
 * esbuild's analyzer or `esbuild --analyze`), and prints the biggest packages and files of each
 * bundle by the bytes they leave in the minified output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleAsDeployed } from '@devportal/lambda-lifecycle';
import { lambdaHandlers } from './handler-environments.js';
import { packageOfInput } from './package-of-input.js';

const SHOWN = 12;

const metafiles = new URL('./metafiles/', import.meta.url);
mkdirSync(metafiles, { recursive: true });
const directory = mkdtempSync(join(tmpdir(), 'devportal-lambda-inputs-'));
try {
  for (const handler of lambdaHandlers()) {
    const outfile = join(directory, `${handler.name}.mjs`);
    const metafile = await bundleAsDeployed(handler.entry, outfile);
    writeFileSync(new URL(`${handler.name}.json`, metafiles), JSON.stringify(metafile));
    const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint);
    if (output === undefined) throw new Error(`${handler.name}: esbuild wrote no entry point`);
    const byPackage = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOfInput(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
    const code = readFileSync(outfile);
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    process.stdout.write(
      `\n${handler.name}: ${kib(code.length)} (${kib(gzipSync(code).length)} gzip)\n`,
    );
    const biggest = [...byPackage].sort(([, a], [, b]) => b - a).slice(0, SHOWN);
    for (const [name, bytes] of biggest)
      process.stdout.write(`  ${kib(bytes).padStart(10)}  ${name}\n`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
