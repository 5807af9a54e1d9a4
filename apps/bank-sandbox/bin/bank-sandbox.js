#!/usr/bin/env node
// The published package runs its built CLI; inside the monorepo, where the
// TypeScript sources sit beside this file, it runs them through tsx so the
// command never lags behind the code.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/bank-sandbox-cli.ts', import.meta.url);
let cli;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(sources.href);
} else {
  cli = await import(new URL('../dist/cli/bank-sandbox-cli.js', import.meta.url).href);
}
const write = (stream) => (text) => stream.write(text);
process.exitCode = await cli.runBankSandboxCli(process.argv.slice(2), process.env, {
  out: write(process.stdout),
  err: write(process.stderr),
});
