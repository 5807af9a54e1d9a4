import type { Webhook } from './webhook.js';
import type { WebhookEvent } from './webhook-event.js';
import type { WebhookTestEvent } from './webhook-test-event.js';
import type { WebhookTransportFailureReason } from './webhook-transport.js';

/** Where one event stands for one webhook. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

/** One event owed to one webhook: the outbox entry and its progress. */
export interface WebhookDelivery {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly webhookId: string;
  readonly eventId: string;
  readonly eventType: string;
  /** The JSON body, fixed at publication so every attempt sends the same bytes. */
  readonly body: string;
  readonly status: DeliveryStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  readonly createdAt: string;
  /** When the next attempt is due; present exactly while `pending` (the delivery queue). */
  readonly nextAttemptAt?: string;
  readonly lastAttemptAt?: string;
  /** Optimistic-concurrency counter: a claim and a result are conditioned on the version read. */
  readonly version: number;
}

/**
 * Why an attempt failed, as members read it in the delivery log: the destination was refused
 * (its URL or an address its name resolved to), its name did not resolve, no answer came
 * (timeout, TLS, connection), or the receiver answered other than 2xx (its status beside).
 * Never a socket's or resolver's message, which names addresses inside the platform.
 */
export type DeliveryFailure =
  | 'refused_address'
  | 'host_not_found'
  | WebhookTransportFailureReason
  | 'unexpected_status';

/** Every {@link DeliveryFailure}, for views that must show nothing else. */
export const DELIVERY_FAILURES: readonly DeliveryFailure[] = [
  'refused_address',
  'host_not_found',
  'timeout',
  'tls_error',
  'connection_failed',
  'unexpected_status',
];

/** One attempt of a delivery, as the delivery log shows it. */
export interface DeliveryAttempt {
  readonly webhookId: string;
  readonly eventId: string;
  readonly eventType: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly at: string;
  readonly outcome: 'delivered' | 'failed';
  /** The receiver's HTTP status, when it answered. */
  readonly httpStatus?: number;
  readonly durationMs: number;
  /** Why it failed (never the receiver's body, which may echo secrets). */
  readonly error?: DeliveryFailure;
}

const MINUTE = 60_000;
const FIRST_RETRY_DELAY_MS = MINUTE;
const LONGEST_RETRY_DELAY_MS = 24 * 60 * MINUTE;

/**
 * Attempts before a delivery is given up: retries after 1, 4, 16 and 64 minutes,
 * about 4 and 17 hours, then a day: the last one about 2.7 days after the first.
 */
export const MAX_DELIVERY_ATTEMPTS = 8;

/**
 * How long a claimed delivery is held out of the queue while its attempt runs: a
 * dispatcher that dies mid-attempt leaves it to be retried after this.
 */
export const DELIVERY_CLAIM_MS = 2 * MINUTE;

/** The wait after the `attempts`-th failed attempt: 1 minute, times 4 per attempt, at most a day. */
export function retryDelayAfter(attempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 4 ** (attempts - 1), LONGEST_RETRY_DELAY_MS);
}

/** The body a receiver gets: the event, as one JSON object. */
export function deliveryBody(event: WebhookEvent | WebhookTestEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    organisationId: event.organisationId,
    ...(event.applicationId !== undefined && { applicationId: event.applicationId }),
    data: event.data,
  });
}

/** A new delivery of `event` to `webhook`, due at once. */
export function newDelivery(
  webhook: Webhook,
  event: WebhookEvent | WebhookTestEvent,
  now: Date,
): WebhookDelivery {
  const at = now.toISOString();
  return {
    organisationId: webhook.organisationId,
    applicationId: webhook.applicationId,
    webhookId: webhook.id,
    eventId: event.id,
    eventType: event.type,
    body: deliveryBody(event),
    status: 'pending',
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
    version: 1,
  };
}

/** `delivery` taken by a dispatcher at `now`: out of the queue for {@link DELIVERY_CLAIM_MS}. */
export function claimDelivery(delivery: WebhookDelivery, now: Date): WebhookDelivery {
  return {
    ...delivery,
    nextAttemptAt: new Date(now.getTime() + DELIVERY_CLAIM_MS).toISOString(),
    version: delivery.version + 1,
  };
}

/** A delivery whose webhook is gone: nothing to send it to any more. */
export function cancelDelivery(delivery: WebhookDelivery): WebhookDelivery {
  const { nextAttemptAt: _queued, ...rest } = delivery;
  return { ...rest, status: 'cancelled', version: delivery.version + 1 };
}

/** How an attempt went, as the dispatcher saw it. */
export interface AttemptResult {
  readonly httpStatus?: number;
  readonly durationMs: number;
  readonly error?: DeliveryFailure;
}

/**
 * The claimed `delivery` after an attempt at `now`: delivered on a 2xx, else
 * rescheduled with backoff, or failed for good after {@link MAX_DELIVERY_ATTEMPTS}.
 */
export function afterAttempt(
  delivery: WebhookDelivery,
  result: AttemptResult,
  now: Date,
): { next: WebhookDelivery; attempt: DeliveryAttempt } {
  const attempts = delivery.attempts + 1;
  const delivered =
    result.httpStatus !== undefined && result.httpStatus >= 200 && result.httpStatus < 300;
  const at = now.toISOString();
  const { nextAttemptAt: _claimed, ...rest } = delivery;
  const status = delivered ? 'delivered' : attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending';
  const next: WebhookDelivery = {
    ...rest,
    status,
    attempts,
    lastAttemptAt: at,
    ...(status === 'pending' && {
      nextAttemptAt: new Date(now.getTime() + retryDelayAfter(attempts)).toISOString(),
    }),
    version: delivery.version + 1,
  };
  const error = result.error ?? (delivered ? undefined : 'unexpected_status');
  return {
    next,
    attempt: {
      webhookId: delivery.webhookId,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      attempt: attempts,
      at,
      outcome: delivered ? 'delivered' : 'failed',
      ...(result.httpStatus !== undefined && { httpStatus: result.httpStatus }),
      durationMs: result.durationMs,
      ...(error !== undefined && { error }),
    },
  };
}
