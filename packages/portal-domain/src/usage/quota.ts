import type { Plan } from '../catalog/product.js';

/** A period a plan's quota counts calls in (UTC). */
export type QuotaPeriod = 'day' | 'month';

/** One quota window: which period, its key (`2026-11-23`, `2026-11`), its limit and when to forget it. */
export interface QuotaWindow {
  readonly period: QuotaPeriod;
  readonly window: string;
  readonly limit: number;
  readonly expiresAt: Date;
}

/** The windows `plan` limits at `now`: none for a plan without quotas. */
export function quotaWindowsOf(
  plan: Pick<Plan, 'quotaPerDay' | 'quotaPerMonth'>,
  now: Date,
): QuotaWindow[] {
  const iso = now.toISOString();
  const windows: QuotaWindow[] = [];
  if (plan.quotaPerDay !== undefined) {
    const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    windows.push({
      period: 'day',
      window: `D${iso.slice(0, 10)}`,
      limit: plan.quotaPerDay,
      expiresAt: new Date(next),
    });
  }
  if (plan.quotaPerMonth !== undefined) {
    const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    windows.push({
      period: 'month',
      window: `M${iso.slice(0, 7)}`,
      limit: plan.quotaPerMonth,
      expiresAt: new Date(next),
    });
  }
  return windows;
}
