import { type DispatchOutcome, WebhookDispatcher } from '@devportal/portal-domain';
import pLimit from 'p-limit';
import type { RunDeadline } from './run-deadline.js';
import type { WebhookDeliveryDependencies } from './status-sync-dependencies.js';
import type { WebhookDeliveryReport } from './status-sync-report.js';

/** How a delivery round runs. */
export interface DeliverWebhooksOptions {
  /** Deliveries attempted at once (8). */
  readonly concurrency?: number;
  /** At most this many attempts in the round (1000). */
  readonly limit?: number;
  /** Due deliveries read per queue partition and page (100). */
  readonly pageSize?: number;
  /**
   * When to stop starting deliveries (a {@link RunDeadline} whose margin covers one delivery's
   * timeout); without it, the round goes through everything due.
   */
  readonly deadline?: Pick<RunDeadline, 'allowsStart'>;
}

/**
 * Attempts every webhook delivery due now, a bounded number at a time; each one at most once per
 * round (a failure is rescheduled into the future anyway). Runs apart from the bank checks (its
 * own schedule in AWS, its own timer locally), so neither can hold the other up; a receiver that
 * never answers costs one transport timeout per attempt.
 */
export async function deliverDueWebhooks(
  deps: WebhookDeliveryDependencies,
  options: DeliverWebhooksOptions = {},
): Promise<WebhookDeliveryReport> {
  const started = performance.now();
  const dispatcher = new WebhookDispatcher(deps);
  const limit = pLimit(options.concurrency ?? 8);
  const budget = options.limit ?? 1000;
  const inTime = () => options.deadline?.allowsStart() ?? true;
  const seen = new Set<string>();
  const outcomes: DispatchOutcome[] = [];
  let leftUnattempted = 0;
  while (seen.size < budget && inTime()) {
    const due = await dispatcher.due(options.pageSize ?? 100);
    const fresh = due
      .filter((delivery) => !seen.has(`${delivery.webhookId}/${delivery.eventId}`))
      .slice(0, budget - seen.size);
    if (fresh.length === 0) break;
    for (const delivery of fresh) seen.add(`${delivery.webhookId}/${delivery.eventId}`);
    const attempts = await Promise.all(
      fresh.map((delivery) =>
        limit(async () => {
          if (inTime()) return dispatcher.deliver(delivery);
          leftUnattempted += 1;
          return undefined;
        }),
      ),
    );
    outcomes.push(...attempts.filter((outcome) => outcome !== undefined));
  }
  const count = (outcome: DispatchOutcome) => outcomes.filter((o) => o === outcome).length;
  return {
    attempted: outcomes.length - count('skipped') - count('cancelled'),
    delivered: count('delivered'),
    retrying: count('retrying'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    leftUnattempted,
    durationMs: Math.round(performance.now() - started),
  };
}
