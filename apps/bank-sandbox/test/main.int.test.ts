import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contractFetch } from './support/contract-fetch.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('pnpm start (tsx src/main.ts)', () => {
  it('prints its URL, clients and organisations, logs one line per request without the token, and stops on SIGTERM', async () => {
    const started = performance.now();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: appDir,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
        if (found && output.includes('organisations')) {
          clearInterval(timer);
          resolve(found);
        }
        if (child?.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(output));
        }
      }, 20);
    });
    const startupMs = performance.now() - started;
    expect(output).toContain('devportal-sandbox / sandbox-secret');
    expect(output).toContain('ООО «Ромашка»');
    expect(startupMs).toBeLessThan(15_000);

    const token = '0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1';
    const { status } = await contractFetch(url)('/fintech/api/v1/crypto', { token });
    expect(status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output).toMatch(/GET \/fintech\/api\/v1\/crypto 401 [\d.]+ms getCryptoInfo/);
    expect(output).not.toContain(token);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
