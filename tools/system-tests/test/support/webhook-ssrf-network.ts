import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookDestinationPolicy } from '@devportal/portal-domain';
import type { TestProject } from 'vitest/node';
import { webhookSsrfResolver } from './webhook-ssrf-resolver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The one webhook receiver the stack may deliver to (plain http on a loopback port the stack
     * is told): POSTs are deliveries, a GET of a path lists the event types delivered to it.
     */
    webhookReceiverUrl: string;
  }
}

/** What the stack is told about webhooks, and how to stop the receiver. */
export interface WebhookSsrfNetwork {
  readonly destinations: Partial<WebhookDestinationPolicy>;
  close(): Promise<void>;
}

/**
 * The webhook network of the system tests, started in the globalSetup before the stack: names
 * resolve from the suite's table, and of the whole loopback interface the stack may deliver
 * only to this receiver's port. Everything else keeps the rules of AWS (bar the port rule, as
 * receivers listen on free ports), so the suites see what an attacker in AWS would.
 */
export async function startWebhookSsrfNetwork(project: TestProject): Promise<WebhookSsrfNetwork> {
  const received = new Map<string, string[]>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (request.method === 'GET') {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(received.get(path) ?? []));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { type } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string };
      received.set(path, [...(received.get(path) ?? []), type]);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  project.provide('webhookReceiverUrl', `http://127.0.0.1:${port}`);
  return {
    destinations: { resolver: webhookSsrfResolver(), allowLoopbackHttp: [port] },
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
