import type { DeliveryAttempt } from '@devportal/portal-domain';

/** The contract's `WebhookDelivery`: one attempt (the webhook is named by the path already). */
export function webhookDeliveryView({
  eventId,
  eventType,
  attempt,
  at,
  outcome,
  httpStatus,
  durationMs,
  error,
}: DeliveryAttempt) {
  return {
    eventId,
    eventType,
    attempt,
    at,
    outcome,
    ...(httpStatus !== undefined && { httpStatus }),
    durationMs,
    ...(error !== undefined && { error }),
  };
}
