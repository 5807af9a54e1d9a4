import type { DeliveryAttempt } from './webhook-delivery.js';

/**
 * Failed attempts in a row, of any events, after which a webhook endpoint counts as failing and
 * its organisation's Owner and Administrators are told once. Five: with the retry pauses (1, 4, 16,
 * 64 minutes…) a single event's attempts reach it in about an hour and a half, and a busy endpoint
 * sooner; one refused event or a short outage (one or two attempts) stays quiet.
 */
export const FAILING_WEBHOOK_STREAK = 5;

/** A webhook endpoint that just failed {@link FAILING_WEBHOOK_STREAK} attempts in a row. */
export interface FailingWebhook {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly webhookId: string;
  readonly url: string;
  readonly consecutiveFailures: number;
  /** The attempt that completed the streak: its HTTP status or failure reason. */
  readonly lastAttempt: DeliveryAttempt;
}

/**
 * Tells the organisation's managers of a failing endpoint (by e-mail: `WebhookFailingMailer` of
 * portal-mail). Called once per failing streak; a failure to tell is its own to report, never the
 * delivery round's.
 */
export interface FailingWebhookNotifier {
  webhookFailing(failing: FailingWebhook): Promise<void>;
}
