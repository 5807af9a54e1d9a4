import { createServer } from 'node:net';

/** A port the stack needs is taken by another program. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly what: string,
    readonly variable: string,
  ) {
    super(
      `Port ${port} (${what}) is taken: is another \`pnpm start\` running? Stop it, or choose ` +
        `other ports, e.g. PORT=3100 SANDBOX_PORT=8543 pnpm start (this one is ${variable}).`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * Refuses with {@link PortInUseError} when `port` on `hostname` cannot be listened on, before
 * anything starts (the stack would otherwise start DynamoDB Local only to fail at its front door).
 * Port 0 (any free one) always passes.
 */
export async function ensurePortFree(
  port: number,
  hostname: string,
  what: string,
  variable: string,
): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port, host: hostname, exclusive: true }, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(port, what, variable);
    }
    throw error;
  } finally {
    await new Promise<void>((resolve) =>
      probe.listening ? probe.close(() => resolve()) : resolve(),
    );
  }
}
