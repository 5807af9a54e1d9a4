import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a thread running `gost-worker` from beside this module.
 *
 * Built, the worker is `gost-worker.js` and runs as it is. Run from TypeScript
 * sources (vitest, tsx), it is `gost-worker.ts`, which a plain worker thread
 * cannot load; Node 20 does not apply `--import` loader hooks inside worker
 * threads either, so the thread first installs tsx's synchronous require hook
 * (tsx is then a dev dependency at hand) and requires the TypeScript file.
 */
export function startGostWorker(): Worker {
  if (!new URL(import.meta.url).pathname.endsWith('.ts')) {
    return new Worker(new URL('./gost-worker.js', import.meta.url));
  }
  const requireHere = createRequire(import.meta.url);
  const tsxRequireHook = requireHere.resolve('tsx/cjs');
  const workerSource = fileURLToPath(new URL('./gost-worker.ts', import.meta.url));
  const bootstrap = `require(${JSON.stringify(tsxRequireHook)}); require(${JSON.stringify(workerSource)});`;
  return new Worker(bootstrap, { eval: true });
}
