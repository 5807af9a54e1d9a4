import type { MeterRefusal, PlanAdmissions } from '@devportal/portal-domain';
import type { GatewayClaims, PlanClaim } from '../auth/gateway-claims.js';
import { bankNotice } from '../bank/bank-refusal.js';
import type { GatewayFaultReporter } from '../cards-gateway-dependencies.js';
import type { QuotaWarningListener } from './quota-warning.js';

/** What admitting a call to its plan runs on. */
export interface PlanAdmissionContext {
  readonly admissions: PlanAdmissions;
  readonly onQuotaWarning: QuotaWarningListener;
  readonly onFault: GatewayFaultReporter;
}

/**
 * Takes the call from its plan's rate and quotas (the domain's {@link PlanAdmissions}: one
 * conditional write shared by every gateway): `undefined` when admitted, else the `429` to answer.
 * The warnings the call raised are handed to the listener and awaited here, inside the call, so
 * none waits for a later timer; a listener failing is reported, never seen by the caller.
 */
export async function admitToPlan(
  claims: GatewayClaims,
  plan: PlanClaim,
  ctx: PlanAdmissionContext,
): Promise<Response | undefined> {
  const { organisationId, applicationId } = claims;
  const { productId, planId } = plan;
  const admission = await ctx.admissions.admit(
    { organisationId, applicationId, productId, planId },
    plan,
  );
  if (!admission.admitted) return tooManyCalls(plan, admission);
  await Promise.all(
    admission.warnings.map(async (warning) => {
      try {
        await ctx.onQuotaWarning(warning);
      } catch (error) {
        ctx.onFault('quota warning listener', error);
      }
    }),
  );
  return undefined;
}

/** The bank's "retry later" with `Retry-After` and the RateLimit headers of the spent limit. */
function tooManyCalls(plan: PlanClaim, refusal: MeterRefusal): Response {
  const seconds = String(refusal.retryAfterSeconds);
  const [message, limit] =
    refusal.refusal === 'rate'
      ? [
          `Превышена частота вызовов тарифного плана: ${plan.ratePerSecond} в секунду`,
          plan.ratePerSecond,
        ]
      : [
          `Исчерпана квота тарифного плана: ${refusal.limit} вызовов в ${refusal.period === 'day' ? 'сутки' : 'месяц'}`,
          refusal.limit,
        ];
  return bankNotice(429, 'UNAVAILABLE_RESOURCE_EXCEPTION', message, {
    'retry-after': seconds,
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': '0',
    'ratelimit-reset': seconds,
  });
}
