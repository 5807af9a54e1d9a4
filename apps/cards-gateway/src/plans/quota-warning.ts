import {
  type DomainCrypto,
  type QuotaWarning,
  quotaWarningEvent,
  type WebhookOutbox,
} from '@devportal/portal-domain';

/**
 * Where quota warnings go (webhooks, mail). Called on a call's path: it must return at once;
 * what it throws or its promise rejects with is reported as a fault, never seen by a caller.
 */
export type QuotaWarningListener = (warning: QuotaWarning) => unknown;

/**
 * A listener queueing each warning as a `quota.warning` webhook event of its application. The
 * event id derives from the window and threshold, so gateways warning alike queue it once.
 */
export function webhookQuotaWarnings(
  outbox: WebhookOutbox,
  crypto: DomainCrypto,
): QuotaWarningListener {
  return (warning) => outbox.publish(quotaWarningEvent(warning, crypto));
}
