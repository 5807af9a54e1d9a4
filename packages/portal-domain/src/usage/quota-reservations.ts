import type { Plan } from '../catalog/product.js';
import type { Clock } from '../ports/clock.js';
import { type QuotaRepository, type QuotaReservation, quotaWindowsOf } from './quota.js';

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
}
