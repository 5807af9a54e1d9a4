import { GostWorkerPool } from './gost-worker-pool.js';

let shared: GostWorkerPool | undefined;

/**
 * The process-wide pool used when a caller names none. Its idle workers never
 * keep the process alive, so it needs no closing.
 */
export function defaultGostPool(): GostWorkerPool {
  shared ??= new GostWorkerPool();
  return shared;
}
