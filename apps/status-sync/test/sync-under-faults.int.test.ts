import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhooks } from '@devportal/portal-client';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it, vi } from 'vitest';
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
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      received.push({ body, headers: request.headers });
      response.writeHead(statuses.shift() ?? 204).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
  }

  it("delivers events signed as Standard Webhooks specifies to the creating application's webhooks only, retrying a receiver that failed first", async () => {
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

    const [event] = healthy.received;
    expect(healthy.received).toHaveLength(1);
    expect(bystander.received).toEqual([]);
    expect(JSON.parse(event?.body ?? '{}')).toMatchObject({
      type: 'limit_change.state_changed',
      data: { externalId: request?.externalId, previousState: 'SIGNED', state: 'DELIVERED' },
    });
    expect(flaky.received.map((r) => r.headers['webhook-id'])).toEqual([
      event?.headers['webhook-id'],
      event?.headers['webhook-id'],
    ]);
    expect(
      log.items.map((attempt) => [attempt.attempt, attempt.outcome, attempt.httpStatus]),
    ).toEqual([
      [2, 'delivered', 204],
      [1, 'failed', 503],
    ]);
    const delivered = world.deliveries.reduce((sum, round) => sum + round.delivered, 0);
    expect(delivered).toBe(2);
    // Signed as Standard Webhooks specifies: the standardwebhooks package verifies every attempt,
    // and so does constructEvent, which refuses a tampered body, another secret, an old timestamp.
    const [first, retry] = flaky.received;
    expect(retry?.headers['webhook-timestamp']).not.toBe(first?.headers['webhook-timestamp']);
    const attempts = [
      { ...event, secret: toHealthy.secret },
      { ...first, secret: toFlaky.secret },
      { ...retry, secret: toFlaky.secret },
    ];
    for (const { body = '', headers = {}, secret } of attempts) {
      const verified = await atSigningTime(headers, async () => ({
        byStandardWebhooks: new Webhook(secret).verify(body, headersOf(headers)),
        byConstructEvent: await webhooks.constructEvent(body, headers, secret),
        tampered: await refusalOf(webhooks.constructEvent(`${body} `, headers, secret)),
        wrongSecret: await refusalOf(
          webhooks.constructEvent(body, headers, webhooks.webhookSecretOf(new Uint8Array(32))),
        ),
      }));
      const stale = await refusalOf(webhooks.constructEvent(body, headers, secret));

      expect(verified.byStandardWebhooks).toMatchObject({
        id: headers['webhook-id'],
        type: 'limit_change.state_changed',
        data: { externalId: request?.externalId },
      });
      expect(verified.byConstructEvent).toEqual(verified.byStandardWebhooks);
      expect([verified.tampered, verified.wrongSecret, stale]).toEqual([
        'no_matching_signature',
        'no_matching_signature',
        'timestamp_too_old',
      ]);
    }
    await atSigningTime(event?.headers ?? {}, async () =>
      expect(() =>
        new Webhook(toFlaky.secret).verify(event?.body ?? '', headersOf(event?.headers ?? {})),
      ).toThrow('No matching signature found'),
    );
  });
});

/** Node's headers as the strings the standardwebhooks package reads. */
function headersOf(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
}

/**
 * `verify` run with this process's clock at the delivery's `webhook-timestamp`: the world signs
 * at its manual clock's time, and both verifiers check the timestamp against `Date.now()`.
 */
async function atSigningTime<T>(
  headers: IncomingHttpHeaders,
  verify: () => Promise<T>,
): Promise<T> {
  vi.useFakeTimers({ now: Number(headers['webhook-timestamp']) * 1000, toFake: ['Date'] });
  try {
    return await verify();
  } finally {
    vi.useRealTimers();
  }
}

/** The reason a verification was refused with (`accepted` when it was not). */
function refusalOf(verification: Promise<unknown>): Promise<string> {
  return verification.then(
    () => 'accepted',
    (error: unknown) =>
      error instanceof webhooks.WebhookVerificationError ? error.reason : String(error),
  );
}
