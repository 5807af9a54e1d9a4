import type { ApiCall, CallLog, UsageRepository } from '@devportal/portal-domain';
import type { GatewayFaultReporter } from '../cards-gateway-dependencies.js';

/** Where an answered call is recorded: the usage counters and the application's call log. */
export interface CallRecords {
  readonly usage: UsageRepository;
  readonly callLog: CallLog;
}

/**
 * Counts an answered call and adds it to its application's call log before the gateway returns
 * the answer: the minute counter (one `UpdateItem`; the status sync rolls minutes into hours and
 * days) and the log entry (one `UpdateItem`) are written at once and both awaited, so nothing is
 * left for a timer or a signal that a frozen or reclaimed Lambda environment would never run. A
 * failed write does not change the partner's answer: it is reported through `onFault`, and the
 * call is missing from that record (it happens only while DynamoDB is failing).
 */
export async function recordCall(
  records: CallRecords,
  call: ApiCall,
  requestId: string,
  onFault: GatewayFaultReporter,
): Promise<void> {
  const [counted, logged] = await Promise.allSettled([
    records.usage.record(call),
    records.callLog.record(call, requestId),
  ]);
  if (counted.status === 'rejected') onFault('analytics write', counted.reason);
  if (logged.status === 'rejected') onFault('call log write', logged.reason);
}
