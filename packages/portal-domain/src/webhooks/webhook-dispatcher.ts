import { signWebhook } from '@devportal/portal-client/webhooks';
import type { TokenVault } from '../bank-connection/token-vault.js';
import { isDomainError } from '../errors.js';
import { PENDING_SHARDS } from '../limit-changes/limit-change.js';
import type { Clock } from '../ports/clock.js';
import { FAILING_WEBHOOK_STREAK, type FailingWebhookNotifier } from './failing-webhook.js';
import {
  type AttemptResult,
  afterAttempt,
  cancelDelivery,
  claimDelivery,
  type DeliveryAttempt,
  type WebhookDelivery,
} from './webhook-delivery.js';
import {
  checkWebhookDestination,
  PRODUCTION_WEBHOOK_DESTINATIONS,
  type WebhookDestinationPolicy,
} from './webhook-destination.js';
import type { WebhookRepository } from './webhook-repository.js';
import { type WebhookTransport, WebhookTransportFailure } from './webhook-transport.js';

interface DeliveryTarget {
  readonly url: string;
  readonly secret: string;
}

/** What {@link WebhookDispatcher} runs on. */
export interface WebhookDispatcherDependencies {
  readonly webhooks: WebhookRepository;
  readonly vault: TokenVault;
  readonly transport: WebhookTransport;
  readonly clock: Clock;
  /** Where deliveries may go (production's rules on the machine's DNS when omitted). */
  readonly destinations?: WebhookDestinationPolicy;
  /** Who is told of an endpoint failing {@link FAILING_WEBHOOK_STREAK} attempts in a row. */
  readonly failingWebhooks?: FailingWebhookNotifier;
}

/**
 * How one due delivery ended: `delivered`; `retrying` (failed, rescheduled);
 * `failed` (failed for the last time); `cancelled` (its webhook is gone); `skipped`
 * (another dispatcher claimed it first, or the index showed a stale entry).
 */
export type DispatchOutcome = 'delivered' | 'retrying' | 'failed' | 'cancelled' | 'skipped';

/**
 * Delivers due webhook events: claims a delivery with a version-conditioned write
 * (so two dispatchers never send one attempt twice), checks where its URL leads now
 * (the name is resolved again for every attempt), signs it as Standard Webhooks specifies and
 * POSTs it to the address it checked, and stores the result with its log entry. Keeps each webhook's opened
 * secret for its own lifetime: make one per run.
 */
export class WebhookDispatcher {
  private readonly targets = new Map<string, Promise<DeliveryTarget | undefined>>();

  constructor(private readonly deps: WebhookDispatcherDependencies) {}

  /** The deliveries due now, earliest first, at most `limitPerShard` from each queue partition. */
  async due(limitPerShard: number): Promise<WebhookDelivery[]> {
    const now = this.deps.clock.now().toISOString();
    const shards = Array.from({ length: PENDING_SHARDS }, (_, shard) => shard);
    const pages = await Promise.all(
      shards.map((shard) => this.deps.webhooks.listDue(shard, now, limitPerShard)),
    );
    return pages
      .flat()
      .sort((a, b) => (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? ''));
  }

  /** Makes one attempt of `due` (as read from {@link due}). */
  async deliver(due: WebhookDelivery): Promise<DispatchOutcome> {
    const { clock } = this.deps;
    const claimed = claimDelivery(due, clock.now());
    if (!(await this.saved(claimed))) return 'skipped';
    const target = await this.targetOf(due);
    if (!target) {
      return (await this.saved(cancelDelivery(claimed))) ? 'cancelled' : 'skipped';
    }
    const started = performance.now();
    const result = await this.attempt(target, due);
    const durationMs = Math.round(performance.now() - started);
    const { next, attempt } = afterAttempt(claimed, { ...result, durationMs }, clock.now());
    if (!(await this.saved(next, attempt))) return 'skipped';
    await this.followStreak(due, target, attempt);
    if (next.status === 'pending') return 'retrying';
    return next.status === 'delivered' ? 'delivered' : 'failed';
  }

  /**
   * Ends the endpoint's failure streak on a success, lengthens it on a failure, and tells the
   * organisation's managers when this failure is the streak's {@link FAILING_WEBHOOK_STREAK}th:
   * the atomic count gives that number to exactly one attempt, however many fail at once, and a
   * longer streak stays quiet until a success ends it.
   */
  private async followStreak(
    due: WebhookDelivery,
    target: DeliveryTarget,
    attempt: DeliveryAttempt,
  ): Promise<void> {
    const { webhooks, failingWebhooks } = this.deps;
    if (attempt.outcome === 'delivered') {
      await webhooks.endFailureStreak(due.applicationId, due.webhookId);
      return;
    }
    const streak = await webhooks.countFailure(due.applicationId, due.webhookId);
    if (streak !== FAILING_WEBHOOK_STREAK || !failingWebhooks) return;
    await failingWebhooks.webhookFailing({
      organisationId: due.organisationId,
      applicationId: due.applicationId,
      webhookId: due.webhookId,
      url: target.url,
      consecutiveFailures: streak,
      lastAttempt: attempt,
    });
  }

  /** One POST of `due` to where its webhook's URL leads now, if anywhere it may. */
  private async attempt(
    target: DeliveryTarget,
    due: WebhookDelivery,
  ): Promise<Omit<AttemptResult, 'durationMs'>> {
    const destination = await checkWebhookDestination(
      target.url,
      this.deps.destinations ?? PRODUCTION_WEBHOOK_DESTINATIONS,
    );
    if (!destination.ok) return { error: 'refused_address' };
    const [address] = destination.addresses;
    if (!address) return { error: 'host_not_found' };
    // Standard Webhooks: the event's id is the message id, so every retry carries the same one.
    const signed = await signWebhook(target.secret, {
      id: due.eventId,
      timestamp: Math.floor(this.deps.clock.now().getTime() / 1000),
      body: due.body,
    });
    try {
      const { status } = await this.deps.transport.post({
        url: destination.url,
        address,
        body: due.body,
        headers: { 'content-type': 'application/json', ...signed },
      });
      return { httpStatus: status };
    } catch (error) {
      return {
        error: error instanceof WebhookTransportFailure ? error.reason : 'connection_failed',
      };
    }
  }

  /** Whether the conditional write of `next` won; losing to another dispatcher is no fault. */
  private async saved(next: WebhookDelivery, attempt?: DeliveryAttempt): Promise<boolean> {
    try {
      await this.deps.webhooks.save(next, attempt);
      return true;
    } catch (error) {
      if (isDomainError(error) && error.code === 'concurrent_modification') return false;
      throw error;
    }
  }

  /** Where and with which secret `delivery` goes; read and opened once per webhook per run. */
  private targetOf(delivery: WebhookDelivery): Promise<DeliveryTarget | undefined> {
    let target = this.targets.get(delivery.webhookId);
    if (!target) {
      target = this.deps.webhooks
        .get(delivery.organisationId, delivery.applicationId, delivery.webhookId)
        .then(async (webhook) =>
          webhook
            ? {
                url: webhook.url,
                secret: await this.deps.vault.open(
                  webhook.secret,
                  webhook.organisationId,
                  'webhook-secret',
                ),
              }
            : undefined,
        );
      this.targets.set(delivery.webhookId, target);
    }
    return target;
  }
}
