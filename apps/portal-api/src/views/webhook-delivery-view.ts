import {
  DELIVERY_FAILURES,
  type DeliveryAttempt,
  type DeliveryFailure,
} from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** One delivery attempt as the contract shows it (the webhook is named by the path already). */
export function webhookDeliveryView({
  eventId,
  eventType,
  attempt,
  at,
  outcome,
  httpStatus,
  durationMs,
  error,
}: DeliveryAttempt): components['schemas']['WebhookDelivery'] {
  return {
    eventId,
    eventType,
    attempt,
    at,
    outcome,
    ...(httpStatus !== undefined && { httpStatus }),
    durationMs,
    ...(error !== undefined && { error: publicFailure(error, httpStatus) }),
  };
}

/**
 * The stored reason if it is one of the contract's, else the nearest of them: whatever else a
 * stored entry holds (a socket's message naming an address) never reaches a member.
 */
function publicFailure(error: string, httpStatus: number | undefined): DeliveryFailure {
  const known = DELIVERY_FAILURES.find((failure) => failure === error);
  return known ?? (httpStatus === undefined ? 'connection_failed' : 'unexpected_status');
}
