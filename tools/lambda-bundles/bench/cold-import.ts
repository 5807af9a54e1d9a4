import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** One fresh Node process that imported a module and exited. */
export interface ColdImport {
  /** From spawning the process until it exited: what a cold start pays before the first event. */
  readonly wallMs: number;
  /** The child's own `performance.now()` once the import resolved: its start-up plus the import. */
  readonly readyMs: number;
}

/** Where a child gives up: a handler that hangs at import would otherwise stall `pnpm bench`. */
const CHILD_TIMEOUT_MS = 30_000;

/**
 * Runs `node --input-type=module -e "await import(<module>)"` with exactly `environment` (plus
 * PATH), and reports its time. The child inherits nothing else, so a parent's loader flags (tsx)
 * or AWS settings cannot leak into what is measured.
 */
export function coldImport(
  modulePath: string,
  environment: Readonly<Record<string, string>>,
): Promise<ColdImport> {
  const url = pathToFileURL(modulePath).href;
  const script = `await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now()));`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`importing ${modulePath} exited ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      resolve({ wallMs, readyMs: Number(stdout) });
    });
  });
}
