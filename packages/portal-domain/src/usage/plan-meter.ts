import type { Plan } from '../catalog/product.js';
import type { Clock } from '../ports/clock.js';
import type { QuotaWarningThreshold } from '../webhooks/webhook-event.js';
import type { MeterState } from './meter-step.js';
import type { QuotaPeriod } from './quota.js';

/** What of a plan the meter enforces: its rate, and its day and month quotas if it has them. */
export type MeteredPlan = Pick<Plan, 'ratePerSecond' | 'quotaPerDay' | 'quotaPerMonth'>;

/** A warning threshold of a quota window that an admitted call's increment crossed. */
export interface QuotaCrossing {
  readonly period: QuotaPeriod;
  readonly thresholdPercent: QuotaWarningThreshold;
  /** Calls taken from the window, this one included. */
  readonly used: number;
  readonly limit: number;
}

/** Why a call was refused, with a truthful `Retry-After`. */
export type MeterRefusal =
  | { readonly admitted: false; readonly refusal: 'rate'; readonly retryAfterSeconds: number }
  | {
      readonly admitted: false;
      readonly refusal: 'quota';
      readonly period: QuotaPeriod;
      readonly limit: number;
      /** Seconds until the exhausted window ends. */
      readonly retryAfterSeconds: number;
    };

/** The outcome of metering one call: admitted (and which thresholds it crossed), or refused. */
export type Admission =
  | { readonly admitted: true; readonly crossings: readonly QuotaCrossing[] }
  | MeterRefusal;

/**
 * Storage port of plan admission: one conditional write per call takes it from the plan's rate
 * and quotas of one application and product at once, exact across any number of gateways.
 */
export interface PlanMeter {
  /**
   * Meters one call of `plan` at `clock`'s time, read again before a retried write when the
   * first instant no longer fits: a call kept waiting by other writes to the item is not judged
   * at a time later calls have already moved past.
   */
  admit(
    applicationId: string,
    productId: string,
    plan: MeteredPlan,
    clock: Clock,
  ): Promise<Admission>;
  /** The meter's stored windows of one application and product (none before its first call). */
  read(applicationId: string, productId: string): Promise<MeterState>;
}
