import type { Clock } from '../ports/clock.js';
import type { QuotaWarning } from '../webhooks/webhook-event.js';
import type { MeteredPlan, MeterRefusal, PlanMeter } from './plan-meter.js';

/** Who makes a metered call, under which plan: what a quota warning names. */
export interface MeteredCaller {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly productId: string;
  readonly planId: string;
}

/** A call admitted, with the quota warnings its increment raised; or refused. */
export type CallAdmission =
  | { readonly admitted: true; readonly warnings: readonly QuotaWarning[] }
  | MeterRefusal;

/** What {@link PlanAdmissions} runs on. */
export interface PlanAdmissionsDependencies {
  readonly meter: PlanMeter;
  readonly clock: Clock;
}

/**
 * Admits calls to their plans: the meter's one conditional write takes the call from the plan's
 * rate and quotas, and each warning threshold the increment crossed becomes one quota warning of
 * the caller, stamped now, so no caller re-checks thresholds or builds a warning itself.
 */
export class PlanAdmissions {
  constructor(private readonly deps: PlanAdmissionsDependencies) {}

  /** Meters one call of `caller` under `plan`. */
  async admit(caller: MeteredCaller, plan: MeteredPlan): Promise<CallAdmission> {
    const { meter, clock } = this.deps;
    const admission = await meter.admit(caller.applicationId, caller.productId, plan, clock);
    if (!admission.admitted) return admission;
    const warnings = admission.crossings.map(
      (crossing): QuotaWarning => ({ ...caller, ...crossing, at: clock.now() }),
    );
    return { admitted: true, warnings };
  }
}
