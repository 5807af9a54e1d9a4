import type { ApiCall, UsageRepository } from '@devportal/portal-domain';
import type { GatewayFaultReporter } from '../cards-gateway-dependencies.js';

/**
 * Counts an answered call before the gateway returns the answer: its minute counter is written
 * (one `UpdateItem`; the status sync rolls minutes into hours and days) and awaited, so nothing
 * is left for a timer or a signal that a frozen or reclaimed Lambda environment would never run. A failed write does
 * not change the partner's answer: it is reported through `onFault`, and that call is not
 * counted (it happens only while DynamoDB is failing).
 */
export async function recordCall(
  usage: UsageRepository,
  call: ApiCall,
  onFault: GatewayFaultReporter,
): Promise<void> {
  try {
    await usage.record(call);
  } catch (error) {
    onFault('analytics write', error);
  }
}
