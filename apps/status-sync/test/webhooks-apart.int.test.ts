import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createStatusSyncHandler,
  runStatusSync,
  type WebhookDeliveryReport,
} from '../src/index.js';
import { handlerMetrics, invocationContext } from './support/invocation.js';
import { SLOW_TRANSITIONS, useSyncWorld } from './support/sync-world.js';
import { webhookFixture } from './support/webhook-fixture.js';

const world = useSyncWorld('status-sync-webhooks-apart');

/** A receiver that reads requests and never answers; counts the requests it got. */
async function deadReceiver() {
  const sockets: Socket[] = [];
  let requests = 0;
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', (chunk) => {
      requests += chunk.toString('latin1').split('POST /hook ').length - 1;
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests: () => requests,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(closed));
    },
  };
}

describe('webhook delivery, apart from the checks', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(() => Promise.all(closers.map((close) => close())));

  it('neither holds up the checks nor outlives its own deadline when the receiver never answers', {
    timeout: 90_000,
  }, async () => {
    // Prepare: 20 requests of an application whose webhook never answers
    const receiver = await deadReceiver();
    closers.push(receiver.close);
    const { owner, organisation, scope, webhooks, createApplication } = await webhookFixture(world);
    const applicationId = await createApplication('Limits');
    await webhooks.register(owner, await scope('application.manage'), applicationId, {
      url: receiver.url,
    });
    await world.createRequests(Array(20).fill('implemented'), organisation.id, applicationId);
    world.clock.advance(SLOW_TRANSITIONS.DELIVERED + 60_000);
    const handler = createStatusSyncHandler({
      deps: world.deps,
      metrics: handlerMetrics(),
      log: () => undefined,
    });

    // Act: the checks publish 20 events; then a delivery round with 8 s left
    const sync = await runStatusSync(world.deps);
    const requestsDuringChecks = receiver.requests();
    const started = performance.now();
    const round = (await handler(
      { kind: 'webhooks' },
      invocationContext(8_000),
    )) as WebhookDeliveryReport;
    const elapsedMs = performance.now() - started;

    // Assess
    expect(sync).toMatchObject({ changed: 20, complete: true });
    expect(requestsDuringChecks).toBe(0);
    expect(elapsedMs).toBeLessThan(8_000);
    expect(round.attempted).toBeGreaterThan(0);
    expect(round.retrying).toBe(round.attempted);
    expect(round.attempted + round.leftUnattempted).toBe(20);
    expect(receiver.requests()).toBe(round.attempted);
  });
});
