import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DataDirectoryInUseError,
  LOCK_FILE_NAME,
  lockDataDirectory,
} from '../src/data-directory-lock.js';
import { DEMO_ACCOUNTS } from '../src/demo-accounts.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A free loopback port now (the kernel's pick, released at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** `pnpm start`'s program with these settings; its output collected. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

async function running(started: ReturnType<typeof start>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!started.output().includes('devportal is running')) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`the first stack did not start:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

describe('a second `pnpm start` while one runs', () => {
  let dataDirectory: string;
  let otherDirectory: string;
  let first: ReturnType<typeof start>;
  let port: number;
  let sandboxPort: number;

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'dev-stack-first-'));
    otherDirectory = await mkdtemp(join(tmpdir(), 'dev-stack-other-'));
    port = await freePort();
    sandboxPort = await freePort();
    first = start({
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      DEVPORTAL_DATA_DIR: dataDirectory,
    });
    await running(first);
  }, 150_000);

  afterAll(async () => {
    if (first) await stop(first.child);
    await rm(dataDirectory, { recursive: true, force: true });
    await rm(otherDirectory, { recursive: true, force: true });
  });

  it('names the port taken and how to choose others, and the first keeps working', async () => {
    const second = start({
      PORT: String(port),
      SANDBOX_PORT: String(await freePort()),
      DEVPORTAL_DATA_DIR: otherDirectory,
    });

    const code = await second.exited;

    expect(code).not.toBe(0);
    expect(second.output()).toContain(`Port ${port} (the website and APIs) is taken`);
    expect(second.output()).toContain('PORT=3100 SANDBOX_PORT=8543 pnpm start');
    const answer = await fetch(`http://127.0.0.1:${port}/idp/.well-known/openid-configuration`);
    expect(answer.status).toBe(200);
  }, 60_000);

  it('refuses to open the data folder the first one holds, naming its pid', async () => {
    const second = start({
      PORT: String(await freePort()),
      SANDBOX_PORT: String(await freePort()),
      DEVPORTAL_DATA_DIR: dataDirectory,
    });

    const code = await second.exited;

    expect(code).not.toBe(0);
    expect(second.output()).toContain(
      `The data folder ${dataDirectory} is in use by another local stack (pid ${first.child.pid})`,
    );
    expect(second.output()).not.toContain('starting DynamoDB Local');
    // The first still reads and writes its table: a demo person signs in and reads their cabinet.
    const demo = DEMO_ACCOUNTS[0];
    const signedIn = await fetch(`http://127.0.0.1:${port}/idp/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: demo.email,
        password: demo.password,
      }),
    });
    const { id_token: token } = (await signedIn.json()) as { id_token: string };
    const me = await fetch(`http://127.0.0.1:${port}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
  }, 60_000);
});

describe('the data folder lock', () => {
  it('takes over a lock whose process is gone, and releases it', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'dev-stack-lock-'));
    try {
      const gone = spawn(process.execPath, ['-e', '']);
      await new Promise((resolve) => gone.once('exit', resolve));
      await writeFile(join(directory, LOCK_FILE_NAME), String(gone.pid));

      const lock = await lockDataDirectory(directory);
      await lock.release();
      const again = await lockDataDirectory(directory);
      await again.release();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('refuses a lock whose process runs', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'dev-stack-lock-'));
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(directory, LOCK_FILE_NAME), String(alive.pid));

      await expect(lockDataDirectory(directory)).rejects.toBeInstanceOf(DataDirectoryInUseError);
    } finally {
      alive.kill();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
