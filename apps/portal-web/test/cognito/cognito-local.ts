import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** cognito-local (an offline Cognito emulator) on a loopback port, with one user pool and client. */
export interface CognitoLocal {
  /** Its API, as the site's `/config.json` names it (`identity.endpoint`). */
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** The `iss` of its tokens for the pool. */
  readonly issuer: string;
  /** The newest code it "mailed" to `email` (it prints them instead of sending). */
  codeFor(email: string): string | undefined;
  stop(): Promise<void>;
}

const STRIP_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts cognito-local in a fresh folder (its data and config), creates a pool and a public client. */
export async function startCognitoLocal(): Promise<CognitoLocal> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const folder = await mkdtemp(join(tmpdir(), 'cognito-local-'));
  await mkdir(join(folder, '.cognito'));
  // Tokens name the address the tests reach it at (its default says localhost:9229).
  await writeFile(
    join(folder, '.cognito', 'config.json'),
    JSON.stringify({ TokenConfig: { IssuerDomain: origin } }),
  );
  const start = join(
    dirname(createRequire(import.meta.url).resolve('cognito-local/package.json')),
    'lib/bin/start.js',
  );
  const child: ChildProcess = spawn(process.execPath, [start], {
    cwd: folder,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString().replace(STRIP_COLOURS, '');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString().replace(STRIP_COLOURS, '');
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Cognito Local running')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      throw new Error(`cognito-local did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const call = async (target: string, body: object) => {
    const response = await fetch(`${origin}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${target}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, Record<string, string>>;
  };
  const pool = await call('CreateUserPool', {
    PoolName: 'devportal',
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
  });
  const userPoolId = pool.UserPool?.Id ?? '';
  const client = await call('CreateUserPoolClient', {
    UserPoolId: userPoolId,
    ClientName: 'devportal-web',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  return {
    endpoint: origin,
    userPoolId,
    userPoolClientId: client.UserPoolClient?.ClientId ?? '',
    issuer: `${origin}/${userPoolId}`,
    codeFor(email) {
      const deliveries = [...output.matchAll(/Destination:\s+(\S+)[\s\S]*?Code:\s+(\S+)/g)];
      return deliveries.filter((delivery) => delivery[1] === email).at(-1)?.[2];
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}
