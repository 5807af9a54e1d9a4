// The `bank-sandbox` command: `bin/bank-sandbox.js` runs the built copy of this file, and
// `pnpm start` runs it from the sources.
import { runBankSandboxCli } from './bank-sandbox-cli.js';

const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text);
process.exitCode = await runBankSandboxCli(process.argv.slice(2), process.env, {
  out: write(process.stdout),
  err: write(process.stderr),
});
