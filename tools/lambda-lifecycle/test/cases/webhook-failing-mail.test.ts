import {
  nodeCrypto,
  quotaWarningEvent,
  systemClock,
  WebhookPublisher,
} from '@devportal/portal-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HARNESS_SITE_URL,
  type HarnessApplication,
  type InvocationRecord,
  type LifecycleWorld,
} from '../../src/index.js';
import { LIMITS_NOT_REACHED } from '../support/gateway-case.js';
import { bundles, startWorld } from '../support/world.js';

/** Events owed to one endpoint whose name never resolves: every attempt fails at once. */
const EVENTS = 8;

let world: LifecycleWorld;
let app: HarnessApplication;
let round: InvocationRecord;

beforeAll(async () => {
  world = await startWorld();
  app = await world.applicationOnSandboxPlan(
    { id: 'harness-hook-mail', ...LIMITS_NOT_REACHED },
    { webhookEvents: ['quota.warning'] },
  );
  const publisher = new WebhookPublisher({
    webhooks: world.repositories.webhooks,
    clock: systemClock,
  });
  // One warning a day of eight past days: eight events, each its own delivery.
  for (let day = 1; day <= EVENTS; day++) {
    await publisher.publish(
      quotaWarningEvent(
        {
          organisationId: app.organisationId,
          applicationId: app.applicationId,
          productId: 'business-cards',
          period: 'day',
          limit: 10,
          used: 8,
          thresholdPercent: 80,
          at: new Date(Date.UTC(2026, 0, day, 12)),
        },
        nodeCrypto,
      ),
    );
  }
  const sync = world.statusSync({ bundlePath: bundles().statusSync, reservedConcurrency: 1 });
  round = await sync.invoke({ kind: 'webhooks' });
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('a failing webhook endpoint, as the deployed status sync tells of it', () => {
  it('mails the Owner once for eight failed attempts in one round, within that invocation', () => {
    const failing = world.aws
      .sentEmails()
      .filter((mail) => mail.text.includes(`/orgs/${app.organisationId}/webhooks`));

    expect(round.outcome).toMatchObject({ kind: 'response', payload: { retrying: EVENTS } });
    expect(failing).toHaveLength(1);
    expect(failing[0]?.to).toEqual([app.owner.email]);
    expect(failing[0]?.subject).toBe(
      'Вебхук не принимает события: https://receiver.example.test/hooks',
    );
    expect(failing[0]?.text).toContain(`${HARNESS_SITE_URL}/orgs/${app.organisationId}/webhooks`);
    expect(round.awsCalls['SESv2.SendEmail']).toBe(1);
  });
});
