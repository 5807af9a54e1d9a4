import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { stopChildServer, waitForChildServer } from '@devportal/test-support/child-server';

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
  const stop = () => stopChildServer(server);
  try {
    await waitForChildServer(server, {
      name: 'MailDev',
      probe: async () => {
        const answer = await fetch(`${inboxUrl}/healthz`);
        if (!answer.ok) throw new Error(`MailDev answered ${answer.status}`);
      },
      timeoutMs: options.readyTimeoutMs ?? 30_000,
    });
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
