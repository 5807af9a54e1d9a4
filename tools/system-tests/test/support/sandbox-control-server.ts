import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BankSandbox } from '@devportal/bank-sandbox';

/** Counts of one operation's requests at the sandbox. */
export interface SandboxRequestCounts {
  /** every request the sandbox received, faults included */
  readonly all: number;
  /** requests whose operation ran */
  readonly handled: number;
}

/** The path of the counts; `?operationId=` names the operation. */
export const REQUEST_COUNTS_PATH = '/sandbox/request-counts';

/**
 * A loopback window onto the stack's sandbox for the test files: the sandbox object lives in the
 * globalSetup's process, the tests in workers, so its request counts travel over HTTP.
 */
export async function startSandboxControlServer(
  sandbox: BankSandbox,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://control');
    const operationId = url.searchParams.get('operationId');
    if (url.pathname !== REQUEST_COUNTS_PATH || !operationId) {
      response.writeHead(404).end();
      return;
    }
    const counts: SandboxRequestCounts = {
      all: sandbox.requestCount(operationId),
      handled: sandbox.requestCount(operationId, { handledOnly: true }),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
