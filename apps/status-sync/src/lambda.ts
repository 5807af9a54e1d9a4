import { dependenciesFromEnvironment } from './config.js';
import { runStatusSync } from './status-sync.js';
import type { StatusSyncReport } from './status-sync-report.js';

/**
 * What invokes the handler: EventBridge Scheduler's event (its payload is ignored:
 * a scheduled run), or a manual trigger naming one organisation.
 */
export interface StatusSyncEvent {
  readonly organisationId?: string;
  readonly limit?: number;
}

const deps = await dependenciesFromEnvironment(process.env);

/**
 * The Lambda handler: one run, its report logged as one JSON line and returned.
 * Built once per execution environment.
 */
export async function handler(
  event: StatusSyncEvent | null | undefined,
): Promise<StatusSyncReport> {
  const organisationId =
    typeof event?.organisationId === 'string' ? event.organisationId : undefined;
  const limit = typeof event?.limit === 'number' ? event.limit : undefined;
  const report = await runStatusSync(deps, {
    ...(organisationId !== undefined && { organisationId }),
    ...(limit !== undefined && { limit }),
  });
  process.stdout.write(`${JSON.stringify({ message: 'status sync', ...report })}\n`);
  return report;
}
