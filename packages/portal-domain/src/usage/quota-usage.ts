import type { CatalogRepository } from '../catalog/catalog-repository.js';
import { type Plan, planOf } from '../catalog/product.js';
import type { Clock } from '../ports/clock.js';
import type { Subscription } from '../subscriptions/subscription.js';
import type { MeterState } from './meter-step.js';
import type { PlanMeter } from './plan-meter.js';
import { type QuotaPeriod, quotaWindowsOf } from './quota.js';

/** How much of one quota window an application has used. */
export interface QuotaUsage {
  readonly period: QuotaPeriod;
  /** Calls admitted in the window that holds `now`. */
  readonly used: number;
  readonly limit: number;
  /** When the window ends and its count starts again from zero. */
  readonly resetsAt: Date;
}

/**
 * The usage of each quota window `plan` has at `now` (today's, this month's), read from the
 * meter's stored windows: a stored window other than the current one (yesterday's, last month's)
 * counts nothing in the current one. None for a plan without quotas.
 */
export function quotaUsageOf(
  plan: Pick<Plan, 'quotaPerDay' | 'quotaPerMonth'>,
  meter: MeterState,
  now: Date,
): QuotaUsage[] {
  return quotaWindowsOf(plan, now).map((window) => {
    const stored = meter.windows[window.period];
    return {
      period: window.period,
      used: stored?.window === window.window ? stored.used : 0,
      limit: window.limit,
      resetsAt: window.expiresAt,
    };
  });
}

/** What {@link QuotaUsageReader} runs on. */
export interface QuotaUsageReaderDependencies {
  readonly catalog: CatalogRepository;
  readonly meters: PlanMeter;
  readonly clock: Clock;
}

/** Reads how much of its plan's quotas a subscription has used, today and this month. */
export class QuotaUsageReader {
  constructor(private readonly deps: QuotaUsageReaderDependencies) {}

  /**
   * The quota usage of `subscription`, which the caller has read through its organisation's
   * scope (`SubscriptionService.list`): one read of its meter, none for a plan without quotas
   * or one the catalog no longer has.
   */
  async of(
    subscription: Pick<Subscription, 'applicationId' | 'productId' | 'planId'>,
  ): Promise<QuotaUsage[]> {
    const product = await this.deps.catalog.getProduct(subscription.productId);
    const plan = product && planOf(product, subscription.planId);
    if (!plan || (plan.quotaPerDay === undefined && plan.quotaPerMonth === undefined)) return [];
    const meter = await this.deps.meters.read(subscription.applicationId, subscription.productId);
    return quotaUsageOf(plan, meter, this.deps.clock.now());
  }
}
