import { describe, expect, it } from 'vitest';
import {
  type StatusSyncReport,
  startStatusSyncTimer,
  type WebhookDeliveryReport,
} from '../src/index.js';
import { useSyncWorld } from './support/sync-world.js';

const world = useSyncWorld('status-sync-timer');

describe("the local stack's timer", () => {
  it('runs the checks and the webhook rounds on timers of their own, as the two schedules', {
    timeout: 60_000,
  }, async () => {
    // Prepare: each timer's first round resolves a promise of its own
    let checked: (report: StatusSyncReport) => void = () => undefined;
    let delivered: (report: WebhookDeliveryReport) => void = () => undefined;
    const firstCheck = new Promise<StatusSyncReport>((resolve) => {
      checked = resolve;
    });
    const firstDelivery = new Promise<WebhookDeliveryReport>((resolve) => {
      delivered = resolve;
    });

    // Act
    const timer = startStatusSyncTimer(world.deps, {
      intervalMs: 50,
      webhookIntervalMs: 50,
      onReport: (report) => checked(report),
      onWebhooks: (report) => delivered(report),
    });
    const [check, delivery] = await Promise.all([firstCheck, firstDelivery]);
    await timer.stop();

    // Assess
    expect(check).toMatchObject({ complete: true, leftUnchecked: 0 });
    expect(delivery).toMatchObject({ attempted: 0, leftUnattempted: 0 });
  });
});
