import {
  type DomainCrypto,
  type QuotaWarning,
  quotaWarningEvent,
  type WebhookOutbox,
} from '@devportal/portal-domain';

/**
 * Where quota warnings go (webhooks, mail). Awaited on the path of the call that crossed the
 * threshold, before its answer (three calls a window at most); what it throws or rejects with is
 * reported as a fault, never seen by a caller.
 */
export type QuotaWarningListener = (warning: QuotaWarning) => unknown;

/**
 * A listener queueing each warning as a `quota.warning` webhook event of its application. The
 * event id derives from the window and threshold, so a retried call queues it once.
 */
export function webhookQuotaWarnings(
  outbox: WebhookOutbox,
  crypto: DomainCrypto,
): QuotaWarningListener {
  return (warning) => outbox.publish(quotaWarningEvent(warning, crypto));
}
