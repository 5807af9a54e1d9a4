import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_EXIT } from '../src/cli/bank-sandbox-cli.js';
import { contractFetch } from './support/contract-fetch.js';

// the command as `pnpm start` runs it; package-smoke runs the built one from an npm install
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `bank-sandbox` with `args`; `output()` is everything it printed so far. */
function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const collect = (chunk: string) => {
    output += chunk;
  };
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

/** Waits for the banner's URL; rejects with the output if the process ends first. */
function bannerUrl(cli: ReturnType<typeof startCli>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /listening on (http:\/\/\S+)/.exec(cli.output())?.[1];
      if (found && cli.output().includes('/sandbox/faults')) {
        clearInterval(timer);
        resolve(found);
      }
      if (cli.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(cli.output()));
      }
    }, 20);
  });
}

describe('the bank-sandbox command (src/cli/main.ts)', () => {
  it('prints its URL, clients, organisations and sandbox-only routes, logs one line per request without the token, and stops on SIGTERM', async () => {
    const started = performance.now();
    const cli = startCli(['--port', '0']);
    const url = await bannerUrl(cli);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(cli.output()).toContain('devportal-sandbox / sandbox-secret');
    expect(cli.output()).toContain('ООО «Ромашка»');
    expect(cli.output()).toContain(`GET ${url}/sandbox/users/<login>/test-credentials`);
    expect(cli.output()).toContain(`GET|PUT ${url}/sandbox/faults`);

    const token = '0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1';
    const { status } = await contractFetch(url)('/fintech/api/v1/crypto', { token });
    expect(status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cli.output()).toMatch(/GET \/fintech\/api\/v1\/crypto 401 [\d.]+ms getCryptoInfo/);
    expect(cli.output()).not.toContain(token);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(CLI_EXIT.stopped);
  });

  it('takes its options from the command line: faults from the start, --quiet, and stops on SIGINT', async () => {
    const faults = JSON.stringify({ getCryptoInfo: { failNext: { count: 1, status: 500 } } });
    const cli = startCli(['--port', '0', '--host', '127.0.0.1', '--faults', faults, '--quiet'], {
      PORT: '1',
    });
    const url = await bannerUrl(cli);
    const token = '0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1';
    const first = await contractFetch(url)('/fintech/api/v1/crypto', { token });
    expect(first.status).toBe(500);
    expect((await contractFetch(url)('/fintech/api/v1/crypto', { token })).status).toBe(401);
    expect(cli.output()).not.toContain('getCryptoInfo');

    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(CLI_EXIT.stopped);
    expect(cli.output()).toContain('SIGINT: closing the bank sandbox');
  });

  it('prints its options for --help and exits 0', async () => {
    const cli = startCli(['--help']);
    expect(await cli.exited).toBe(CLI_EXIT.stopped);
    expect(cli.output()).toMatch(/^Usage: bank-sandbox \[options\]/);
    expect(cli.output()).toContain('--transition-delays');
  });

  it('names the option at fault and exits 2, without a stack trace', async () => {
    const cli = startCli(['--error-rate', '1.5']);
    expect(await cli.exited).toBe(CLI_EXIT.usage);
    expect(cli.output()).toBe(
      'bank-sandbox: --error-rate must be a number from 0 to 1: 1.5\n' +
        'Run bank-sandbox --help for the options.\n',
    );
  });

  it('exits 1 with the reason when it cannot start', async () => {
    const running = startCli(['--port', '0', '--quiet']);
    const port = new URL(await bannerUrl(running)).port;
    const second = startCli(['--port', port]);
    expect(await second.exited).toBe(CLI_EXIT.failed);
    expect(second.output()).toMatch(/^bank-sandbox: could not start: .*EADDRINUSE/);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(CLI_EXIT.stopped);
  });
});
