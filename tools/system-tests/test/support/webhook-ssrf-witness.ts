import { randomUUID } from 'node:crypto';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { systemClock, WebhookPublisher } from '@devportal/portal-domain';
import { DocumentStore, DynamoWebhookRepository } from '@devportal/portal-dynamodb';
import { dynamoDbLocalClient } from '@devportal/test-support';
import { inject } from 'vitest';
import { type Person, portalOk } from './stack-session.js';
import './provided-context.js';

/** A loopback listener standing for a service inside the platform's network. */
export interface LoopbackWitness {
  readonly port: number;
  /** TCP connections it accepted (a TLS handshake or an HTTP request each start with one). */
  connections(): number;
  close(): Promise<void>;
}

/** A raw TCP listener on 127.0.0.1 that counts every connection made to it and answers nothing. */
export async function loopbackWitness(): Promise<LoopbackWitness> {
  let connections = 0;
  const server = createTcpServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** A path of the one receiver the stack may deliver to (see webhook-ssrf-network.ts). */
export interface AllowedReceiver {
  readonly url: string;
  /** The event types delivered to this path so far. */
  received(): Promise<string[]>;
}

/** A fresh path of the stack's allowed receiver, so that each test reads its own deliveries. */
export function allowedReceiver(): AllowedReceiver {
  const url = `${inject('webhookReceiverUrl')}/hooks/${randomUUID()}`;
  return {
    url,
    async received() {
      const answer = await fetch(url);
      return (await answer.json()) as string[];
    },
  };
}

/**
 * Queues a `quota.warning` event for the application's webhooks in the stack's table, as the
 * gateway does when a call crosses a threshold (reaching one over HTTP would take hundreds of
 * calls); the stack's own delivery timer sends it.
 */
export async function queueQuotaWarning(organisationId: string, applicationId: string) {
  const client = dynamoDbLocalClient();
  try {
    const webhooks = new DynamoWebhookRepository(new DocumentStore(client, inject('tableName')));
    return await new WebhookPublisher({ webhooks, clock: systemClock }).publish({
      id: randomUUID(),
      type: 'quota.warning',
      organisationId,
      applicationId,
      occurredAt: new Date().toISOString(),
      data: { productId: 'business-cards', period: 'day', thresholdPercent: 80 },
    });
  } finally {
    client.destroy();
  }
}

/**
 * The webhook's delivery log once it holds an attempt, as a member reads it; polled across the
 * stack's delivery timer (one round every 30 s).
 */
export async function firstDeliveryAttempts(
  person: Person,
  webhookPath: string,
  timeoutMs = 75_000,
  // biome-ignore lint/suspicious/noExplicitAny: the spec types the body, the suite reads a few fields
): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await portalOk(person, 'GET', `${webhookPath}/deliveries`);
    if (page.items.length > 0 || Date.now() > deadline) return page.items;
    await setTimeout(500);
  }
}
