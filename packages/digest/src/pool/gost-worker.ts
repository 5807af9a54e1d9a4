import { parentPort } from 'node:worker_threads';
import { type GostTaskMessage, runGostTask } from './gost-task.js';

// Entry point of a pool worker: one task at a time, answered in order.
parentPort?.on('message', (message: GostTaskMessage) => {
  parentPort?.postMessage(runGostTask(message));
});
