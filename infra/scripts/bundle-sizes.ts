import { functionBundles } from './function-bundles.js';

// Run after `pnpm synth`: the bundle of each function in cdk.out, as the README records them.
const stack = process.argv[2] ?? 'Devportal-dev';
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
for (const bundle of functionBundles('cdk.out', stack)) {
  process.stdout.write(
    `${bundle.name}\tindex.mjs ${kib(bundle.codeBytes)} (${kib(bundle.compressedCodeBytes)} compressed)\tsource map ${kib(bundle.sourceMapBytes)}\n`,
  );
}
