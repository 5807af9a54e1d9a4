import { inject } from 'vitest';
import type { SandboxRequestCounts } from './sandbox-control-server.js';
import { REQUEST_COUNTS_PATH } from './sandbox-control-server.js';
import './provided-context.js';

/** How many requests of `operationId` the stack's sandbox has received so far. */
export async function sandboxRequestCounts(operationId: string): Promise<SandboxRequestCounts> {
  const url = `${inject('controlUrl')}${REQUEST_COUNTS_PATH}?operationId=${operationId}`;
  const response = await fetch(url);
  return (await response.json()) as SandboxRequestCounts;
}
