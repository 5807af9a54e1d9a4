import type { ChildProcess } from 'node:child_process';

const READINESS_POLL_MS = 200;

/**
 * Waits until a server started as a child process answers `probe`, polling every 200 ms. Fails
 * as soon as the process exits (with its stderr in the message) or cannot be spawned (the error
 * `describeSpawnError` makes of it), or when `timeoutMs` pass without an answer.
 */
export async function waitForChildServer(
  server: ChildProcess,
  options: {
    /** Names the server in messages, e.g. `MailDev`. */
    readonly name: string;
    /** Resolves once the server answers; throws while it does not yet. */
    readonly probe: () => Promise<void>;
    readonly timeoutMs: number;
    readonly describeSpawnError?: (error: NodeJS.ErrnoException) => Error;
  },
): Promise<void> {
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<never>((_, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(options.describeSpawnError?.(error) ?? error),
    );
    server.once('exit', (code) => {
      reject(new Error(`${options.name} exited with code ${code} before it was ready:\n${stderr}`));
    });
  });
  const deadline = Date.now() + options.timeoutMs;
  const answering = (async () => {
    for (;;) {
      try {
        return await options.probe();
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`${options.name} did not become ready in time`, { cause: error });
        }
      }
      await new Promise((wake) => setTimeout(wake, READINESS_POLL_MS));
    }
  })();
  await Promise.race([exited, answering]);
}

/** Stops a child server with SIGTERM and waits for it to exit (at once if it already has). */
export async function stopChildServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  server.kill('SIGTERM');
  await exited;
}
