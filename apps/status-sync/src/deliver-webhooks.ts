import { type DispatchOutcome, WebhookDispatcher } from '@devportal/portal-domain';
import pLimit from 'p-limit';
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
}

/**
 * Attempts every webhook delivery due now, a bounded number at a time; each one
 * at most once per round (a failure is rescheduled into the future anyway).
 */
export async function deliverDueWebhooks(
  deps: WebhookDeliveryDependencies,
  options: DeliverWebhooksOptions = {},
): Promise<WebhookDeliveryReport> {
  const dispatcher = new WebhookDispatcher(deps);
  const limit = pLimit(options.concurrency ?? 8);
  const budget = options.limit ?? 1000;
  const seen = new Set<string>();
  const outcomes: DispatchOutcome[] = [];
  while (seen.size < budget) {
    const due = await dispatcher.due(options.pageSize ?? 100);
    const fresh = due
      .filter((delivery) => !seen.has(`${delivery.webhookId}/${delivery.eventId}`))
      .slice(0, budget - seen.size);
    if (fresh.length === 0) break;
    for (const delivery of fresh) seen.add(`${delivery.webhookId}/${delivery.eventId}`);
    outcomes.push(
      ...(await Promise.all(fresh.map((delivery) => limit(() => dispatcher.deliver(delivery))))),
    );
  }
  const count = (outcome: DispatchOutcome) => outcomes.filter((o) => o === outcome).length;
  return {
    attempted: outcomes.length - count('skipped') - count('cancelled'),
    delivered: count('delivered'),
    retrying: count('retrying'),
    failed: count('failed'),
    cancelled: count('cancelled'),
  };
}
