#!/usr/bin/env node
// The published package runs its built CLI; inside the monorepo, where the
// TypeScript sources sit beside this file, it runs them through tsx so the
// command never lags behind the code.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/devportal-digest.ts', import.meta.url);
let cli;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(sources.href);
} else {
  cli = await import(new URL('../dist/cli/devportal-digest.js', import.meta.url).href);
}
const write = (stream) => ({ out: (text) => stream.write(text) });
process.exitCode = cli.runCli(process.argv.slice(2), write(process.stdout), write(process.stderr));
