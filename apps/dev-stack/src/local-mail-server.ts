import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

/** How to start the local mail server. */
export interface LocalMailServerOptions {
  /** Interface both ports listen on (127.0.0.1). */
  readonly hostname?: string;
  /** SMTP port; 0 picks a free one. */
  readonly smtpPort: number;
  /** The web inbox's port (also its REST API: `GET /email`); 0 picks a free one. */
  readonly webPort: number;
  /** Give up waiting for readiness after this many milliseconds (30 000). */
  readonly readyTimeoutMs?: number;
}

/** A running MailDev: an SMTP server that keeps every message and a web inbox showing them. */
export interface LocalMailServer {
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** The web inbox; its REST API (`/email`, `/email/:id`) is what tests read. */
  readonly inboxUrl: string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

const READINESS_POLL_MS = 200;

/**
 * Starts MailDev (npm `maildev`) as a child process on loopback: the local stack's mail server
 * and its web inbox. A process of its own because MailDev's module is a singleton that also
 * exits the process on SIGINT/SIGTERM; a child is stopped like DynamoDB Local, after the apps.
 * Messages stay in its memory only: nothing leaves the machine.
 */
export async function startLocalMailServer(
  options: LocalMailServerOptions,
): Promise<LocalMailServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  // MailDev reads a port of 0 as "its default", so a free one is chosen here.
  const smtpPort = await portToUse(options.smtpPort, hostname, 'MAIL_SMTP_PORT');
  const webPort = await portToUse(options.webPort, hostname, 'MAIL_WEB_PORT');
  const bin = createRequire(import.meta.url).resolve('maildev/bin/maildev');
  const server = spawn(
    process.execPath,
    [bin, '--ip', hostname, '--smtp', String(smtpPort), '--web', String(webPort), '--silent'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const inboxUrl = `http://${hostname}:${webPort}`;
  const stop = () => stopProcess(server);
  try {
    await waitUntilReady(server, inboxUrl, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { smtpHost: hostname, smtpPort, inboxUrl, stop };
}

/** `port`, checked free (a clear message naming its variable when it is not), or a free one for 0. */
async function portToUse(port: number, hostname: string, variable: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} of the local mail server is taken (another \`pnpm start\`?): choose another with ${variable}=<port>`,
            )
          : error,
      );
    });
    probe.listen(port, hostname, () => {
      const address = probe.address();
      const chosen = typeof address === 'object' && address ? address.port : port;
      probe.close(() => resolvePort(chosen));
    });
  });
}

async function waitUntilReady(
  server: ChildProcess,
  inboxUrl: string,
  timeoutMs: number,
): Promise<void> {
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<never>((_, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => {
      reject(new Error(`MailDev exited with code ${code} before it was ready:\n${stderr}`));
    });
  });
  const deadline = Date.now() + timeoutMs;
  const answering = (async () => {
    for (;;) {
      try {
        const response = await fetch(`${inboxUrl}/healthz`);
        if (response.ok) return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error('MailDev did not become ready in time', { cause: error });
        }
      }
      await new Promise((wake) => setTimeout(wake, READINESS_POLL_MS));
    }
  })();
  await Promise.race([exited, answering]);
}

async function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  server.kill('SIGTERM');
  await exited;
}
