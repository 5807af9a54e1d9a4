import type { Change } from '../audit/change.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Webhook } from './webhook.js';
import type { DeliveryAttempt, WebhookDelivery } from './webhook-delivery.js';

/** Storage port for webhooks, their outbox of deliveries and the delivery log. */
export interface WebhookRepository {
  get(
    organisationId: string,
    applicationId: string,
    webhookId: string,
  ): Promise<Webhook | undefined>;
  listByApplication(organisationId: string, applicationId: string): Promise<Webhook[]>;
  /** Every webhook of the organisation (read from an index that may lag a registration briefly). */
  listByOrganisation(organisationId: string): Promise<Webhook[]>;
  /** Stores a new webhook if its application still exists (NotFound `application_not_found`). */
  create(webhook: Webhook, change: Change): Promise<void>;
  /** Deletes the webhook; its pending deliveries are cancelled when they come due. */
  delete(webhook: Webhook, change: Change): Promise<void>;
  /** Stores the deliveries that do not exist yet; one already stored (same event) is kept as it is. */
  enqueue(deliveries: readonly WebhookDelivery[]): Promise<void>;
  /** Deliveries of queue partition `shard` due at `now`, earliest first (from a lagging index). */
  listDue(shard: number, now: string, limit: number): Promise<WebhookDelivery[]>;
  /**
   * Stores `next` if the delivery is still at `next.version - 1` (Conflict
   * `concurrent_modification` otherwise), with the log entry of the attempt it records.
   */
  save(next: WebhookDelivery, attempt?: DeliveryAttempt): Promise<void>;
  /**
   * Counts a failed attempt on the webhook (an atomic add on the webhook, conditioned on it still
   * existing, so parallel failures each get their own count): the failure streak's new length,
   * undefined when the webhook is gone.
   */
  countFailure(applicationId: string, webhookId: string): Promise<number | undefined>;
  /** Ends the webhook's failure streak after a success (writes only while a streak runs). */
  endFailureStreak(applicationId: string, webhookId: string): Promise<void>;
  /** The webhook's delivery log, newest first. */
  listAttempts(
    organisationId: string,
    applicationId: string,
    webhookId: string,
    page: PageRequest,
  ): Promise<Page<DeliveryAttempt>>;
}
