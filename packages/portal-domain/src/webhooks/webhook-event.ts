import type { components } from '../generated/portal.js';
import {
  AWAITING_SIGNATURE_STATE,
  isFinalState,
  SUCCESS_STATES,
} from '../limit-changes/limit-change.js';
import type { CheckedLimitChange } from '../limit-changes/limit-change-check.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { QuotaPeriod } from '../usage/quota.js';
import type { WebhookEventType } from './webhook.js';

/** One event for the webhooks of an organisation (or of one of its applications). */
export interface WebhookEvent {
  /**
   * Derived from what happened, not drawn at random: publishing the same fact twice
   * (a retried sync, two gateways crossing one threshold) yields one delivery.
   */
  readonly id: string;
  readonly type: WebhookEventType;
  readonly organisationId: string;
  /** Only this application's webhooks get the event; every webhook of the organisation when absent. */
  readonly applicationId?: string;
  readonly occurredAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

type Schemas = components['schemas'];

/** Where a limit change stands, for a receiver that does not know the bank's states. */
export type LimitChangeOutcome = Schemas['LimitChangeStateChangedEvent']['data']['outcome'];

function outcomeOf(state: string): LimitChangeOutcome {
  if ((SUCCESS_STATES as readonly string[]).includes(state)) return 'implemented';
  if (isFinalState(state)) return 'refused';
  return state === AWAITING_SIGNATURE_STATE ? 'awaiting_signature' : 'in_progress';
}

/** The event of `next` having moved on from `previous`'s state at the bank (seen at its last check). */
export function limitChangeStateChanged(
  previous: Pick<CheckedLimitChange, 'state'>,
  next: CheckedLimitChange & { readonly lastCheckedAt: string },
  crypto: DomainCrypto,
): WebhookEvent {
  const { organisationId, externalId, applicationId } = next;
  // Typed by the spec's webhook schema: the body receivers are promised.
  const data: Schemas['LimitChangeStateChangedEvent']['data'] = {
    externalId,
    ...(next.businessCardId !== undefined && { businessCardId: next.businessCardId }),
    previousState: previous.state,
    state: next.state,
    outcome: outcomeOf(next.state),
    final: isFinalState(next.state),
  };
  return {
    id: crypto.sha256Hex(
      `limit_change.state_changed/${organisationId}/${externalId}/${next.version}`,
    ),
    type: 'limit_change.state_changed',
    organisationId,
    // The application that created the request hears of it; without one, the whole organisation.
    ...(applicationId !== undefined && { applicationId }),
    occurredAt: next.lastCheckedAt,
    data,
  };
}

/** The shares of a quota at which its application is warned, in percent. */
export const QUOTA_WARNING_THRESHOLDS = [80, 90, 100] as const;

/** A share of a quota at which its application is warned. */
export type QuotaWarningThreshold = (typeof QUOTA_WARNING_THRESHOLDS)[number];

/**
 * What the gateway knows when a reservation crosses a threshold of a quota window
 * (the cards gateway hands it to its `onQuotaWarning` listener).
 */
export interface QuotaWarning {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly productId: string;
  readonly planId?: string;
  readonly period: QuotaPeriod;
  readonly thresholdPercent: QuotaWarningThreshold;
  /** Calls taken from the window when the threshold was seen. */
  readonly used: number;
  readonly limit: number;
  readonly at: Date;
}

/** The key of the UTC window of `period` holding `at`, as the quota store spells it. */
function windowOf(period: QuotaPeriod, at: Date): string {
  const iso = at.toISOString();
  return period === 'day' ? `D${iso.slice(0, 10)}` : `M${iso.slice(0, 7)}`;
}

/** The event warning an application that `thresholdPercent` % of a quota window is used. */
export function quotaWarningEvent(warning: QuotaWarning, crypto: DomainCrypto): WebhookEvent {
  const { organisationId, applicationId, productId, planId, period, thresholdPercent } = warning;
  const window = windowOf(period, warning.at);
  const data: Schemas['QuotaWarningEvent']['data'] = {
    productId,
    ...(planId !== undefined && { planId }),
    period,
    window,
    limit: warning.limit,
    used: warning.used,
    thresholdPercent,
  };
  return {
    // One event per window and threshold, however many gateways see it crossed.
    id: crypto.sha256Hex(
      `quota.warning/${organisationId}/${applicationId}/${productId}/${window}/${thresholdPercent}`,
    ),
    type: 'quota.warning',
    organisationId,
    applicationId,
    occurredAt: warning.at.toISOString(),
    data,
  };
}
