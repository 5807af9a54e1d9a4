import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevStack, startDevStack } from '../src/dev-stack.js';

const DEMO_SCRIPT = fileURLToPath(new URL('../scripts/demo.ts', import.meta.url));

/** Runs `pnpm demo`'s script as a partner would, in its own process. */
function runDemo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', DEMO_SCRIPT, ...args],
      { timeout: 150_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('pnpm demo', () => {
  let stack: DevStack;
  beforeAll(async () => {
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("walks a new partner's journey to an IMPLEMENTED limit change and exits 0", async () => {
    // Act
    const { code, stdout, stderr } = await runDemo(['--url', stack.url]);

    // Assess
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/test organisation/);
    expect(stdout).toMatch(/263 cards/);
    expect(stdout).toMatch(/→ IMPLEMENTED/);
    expect(stdout).toMatch(/read the analytics… \d+ calls/);
    expect(stdout).toContain('Done: the limit change is IMPLEMENTED.');
  }, 180_000);

  it('says to run pnpm start first when no stack answers, and exits 1', async () => {
    // Act
    const { code, stderr } = await runDemo(['--url', 'http://127.0.0.1:9']);

    // Assess
    expect(code).toBe(1);
    expect(stderr).toContain('run `pnpm start` first');
  }, 60_000);
});
