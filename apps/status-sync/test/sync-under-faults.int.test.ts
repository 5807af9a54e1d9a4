import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@devportal/portal-client/webhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { runStatusSync, type StatusSyncReport } from '../src/index.js';
import { type Fate, SANDBOX_PATHS, useSyncWorld } from './support/sync-world.js';
import { webhookFixture } from './support/webhook-fixture.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-faults');
const statesOf = (history: readonly { state: string }[]) => history.map((step) => step.state);
const total = (reports: StatusSyncReport[], field: 'changed' | 'failed' | 'deferred' | 'raced') =>
  reports.reduce((sum, report) => sum + report[field], 0);

async function historiesOf(externalIds: readonly string[]) {
  const records = await Promise.all(
    externalIds.map((id) => world.deps.limitChanges.get(world.organisationId, id)),
  );
  return records.map((record) => statesOf(record?.history ?? []));
}

describe('the sync under injected faults', () => {
  it('takes every request to its final state through 30 % 500/503 and latency, none lost or repeated', {
    timeout: 120_000,
  }, async () => {
    const fates: Fate[] = [
      'implemented',
      'implemented',
      'implemented',
      'implemented',
      'refused',
      'refused',
    ];
    const created = await world.createRequests(fates);

    const reports = await world.syncEvery(30 * MINUTE, 40, (step) =>
      world.sandbox.setFaults({
        getLimitChangeState: { errorRate: 0.3, errorStatus: step % 2 ? 500 : 503, latencyMs: 3 },
      }),
    );
    world.sandbox.setFaults({});

    expect(await historiesOf(created.map((r) => r.externalId))).toEqual(
      fates.map((fate) => SANDBOX_PATHS[fate]),
    );
    expect(total(reports, 'changed')).toBe(4 * 3 + 2 * 2);
    expect(total(reports, 'failed')).toBeGreaterThan(0);
    expect(world.sandbox.requestLog.some((entry) => entry.fault !== undefined)).toBe(true);
  });

  it('lets two racing runs record each transition exactly once', { timeout: 120_000 }, async () => {
    const fates: Fate[] = ['implemented', 'implemented', 'implemented', 'refused'];
    const created = await world.createRequests(fates);
    const reports: StatusSyncReport[] = [];

    for (let step = 0; step < 40; step++) {
      world.clock.advance(30 * MINUTE);
      reports.push(...(await Promise.all([runStatusSync(world.deps), runStatusSync(world.deps)])));
    }

    expect(await historiesOf(created.map((r) => r.externalId))).toEqual(
      fates.map((fate) => SANDBOX_PATHS[fate]),
    );
    expect(total(reports, 'changed')).toBe(3 * 3 + 2);
    expect(total(reports, 'raced')).toBeGreaterThan(0);
  });

  it('pauses the contour on a 503 with Retry-After and reschedules its documents', async () => {
    const created = await world.createRequests(['implemented', 'implemented', 'implemented']);
    world.sandbox.setFaults({
      getLimitChangeState: { retryAfterSeconds: 120, failNext: { count: 1, status: 503 } },
    });

    const [paused] = await world.syncEvery(2 * MINUTE, 1);
    const pausedAt = world.clock.now();
    const rescheduled = await Promise.all(
      created.map((r) => world.deps.limitChanges.get(world.organisationId, r.externalId)),
    );
    world.sandbox.setFaults({});
    const [resumed] = await world.syncEvery(3 * MINUTE, 1);

    expect(paused?.deferred).toBeGreaterThanOrEqual(1);
    expect(paused?.failed).toBe(0);
    for (const record of rescheduled) {
      expect(Date.parse(record?.nextCheckAt ?? '')).toBeGreaterThan(pausedAt);
    }
    expect(resumed?.checked).toBe(3);
  });
});

describe('webhooks of status changes', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((done) => server.close(done)))));

  /** A receiver on loopback that answers `statuses` in turn (then 204) and keeps what it got. */
  async function receiver(statuses: number[]) {
    const received: { body: string; signature: string | undefined; eventId: string | undefined }[] =
      [];
    const server = createServer(async (request: IncomingMessage, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      received.push({
        body,
        signature: request.headers['x-devportal-signature'] as string | undefined,
        eventId: request.headers['x-devportal-event-id'] as string | undefined,
      });
      response.writeHead(statuses.shift() ?? 204).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
  }

  it("delivers signed events to the creating application's webhooks only, retrying a receiver that failed first", async () => {
    const {
      owner,
      organisation,
      scope,
      webhooks: webhookService,
      createApplication,
    } = await webhookFixture(world);
    const applicationId = await createApplication('Limits');
    const bystanderApplicationId = await createApplication('Payroll');
    const [healthy, flaky, bystander] = [
      await receiver([]),
      await receiver([503]),
      await receiver([]),
    ];
    await webhookService.register(
      owner,
      await scope('application.manage'),
      bystanderApplicationId,
      {
        url: bystander.url,
      },
    );
    const toHealthy = await webhookService.register(
      owner,
      await scope('application.manage'),
      applicationId,
      {
        url: healthy.url,
        events: ['limit_change.state_changed'],
      },
    );
    const toFlaky = await webhookService.register(
      owner,
      await scope('application.manage'),
      applicationId,
      {
        url: flaky.url,
      },
    );
    const [request] = await world.createRequests(['implemented'], organisation.id, applicationId);

    await world.syncEvery(15 * MINUTE, 30);
    const log = await webhookService.deliveries(
      await scope('application.list'),
      applicationId,
      toFlaky.webhook.id,
    );

    const signedAt = (header: string | undefined) => Number(/t=(\d+)/.exec(header ?? '')?.[1]);
    const [event] = healthy.received;
    expect(healthy.received).toHaveLength(1);
    expect(bystander.received).toEqual([]);
    expect(JSON.parse(event?.body ?? '{}')).toMatchObject({
      type: 'limit_change.state_changed',
      data: { externalId: request?.externalId, previousState: 'SIGNED', state: 'DELIVERED' },
    });
    const verifiesWith = (secret: string) =>
      verifyWebhookSignature(
        secret,
        event?.signature,
        event?.body ?? '',
        signedAt(event?.signature),
      );
    expect(verifiesWith(toHealthy.secret)).toBe(true);
    expect(verifiesWith(toFlaky.secret)).toBe(false);
    expect(flaky.received.map((r) => r.eventId)).toEqual([event?.eventId, event?.eventId]);
    expect(
      log.items.map((attempt) => [attempt.attempt, attempt.outcome, attempt.httpStatus]),
    ).toEqual([
      [2, 'delivered', 204],
      [1, 'failed', 503],
    ]);
    const delivered = world.deliveries.reduce((sum, round) => sum + round.delivered, 0);
    expect(delivered).toBe(2);
  });
});
