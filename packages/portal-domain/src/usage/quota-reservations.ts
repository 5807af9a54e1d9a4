import type { Plan } from '../catalog/product.js';
import type { Clock } from '../ports/clock.js';
import {
  type QuotaRepository,
  type QuotaReservation,
  type QuotaUsage,
  quotaWindowsOf,
} from './quota.js';

/**
 * The gateway's quota check: reserves calls from every window of the plan (day,
 * then month). Each window's conditional `ADD` never passes its limit across
 * instances; if a later window refuses, the earlier reservations are given back.
 */
export class QuotaReservations {
  constructor(
    private readonly quotas: QuotaRepository,
    private readonly clock: Clock,
  ) {}

  /** Reserves `calls` (default 1) of the application's `plan` of `productId`. */
  async reserve(
    applicationId: string,
    productId: string,
    plan: Plan,
    calls = 1,
  ): Promise<QuotaReservation> {
    const windows = quotaWindowsOf(plan, this.clock.now());
    for (const [index, window] of windows.entries()) {
      if (!(await this.quotas.reserve(applicationId, productId, window, calls))) {
        await Promise.all(
          windows
            .slice(0, index)
            .map((taken) => this.quotas.release(applicationId, productId, taken, calls)),
        );
        return { granted: false, exhausted: window.period };
      }
    }
    return { granted: true };
  }

  /**
   * Gives back `calls` reserved at `reservedAt` and never spent (a gateway stopping
   * with part of a batch left), to the windows they were taken from.
   */
  async release(
    applicationId: string,
    productId: string,
    plan: Plan,
    calls: number,
    reservedAt: Date,
  ): Promise<void> {
    await Promise.all(
      quotaWindowsOf(plan, reservedAt).map((window) =>
        this.quotas.release(applicationId, productId, window, calls),
      ),
    );
  }

  /** How much of each window of `plan` is taken now (for quota warnings). */
  async usage(applicationId: string, productId: string, plan: Plan): Promise<QuotaUsage[]> {
    const windows = quotaWindowsOf(plan, this.clock.now());
    return Promise.all(
      windows.map(async (window) => ({
        period: window.period,
        used: await this.quotas.used(applicationId, productId, window),
        limit: window.limit,
      })),
    );
  }
}
