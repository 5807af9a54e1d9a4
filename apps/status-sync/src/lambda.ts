import { powertools, withPowertools } from '@devportal/runtime';
import {
  checkQueueFromEnvironment,
  checkTimeoutFromEnvironment,
  dependenciesFromEnvironment,
} from './config.js';
import { createStatusSyncHandler } from './status-sync-handler.js';
import { syncRunsFromEnvironment } from './sync-run-record.js';

// Metrics' namespace and `service` dimension from the Powertools variables infra sets.
const tools = powertools();
const deps = await dependenciesFromEnvironment(process.env, tools.instrument);
const checkQueue = checkQueueFromEnvironment(process.env, tools.instrument);
const syncRuns = syncRunsFromEnvironment(process.env, tools.instrument);

/**
 * The Lambda handler (see `createStatusSyncHandler` for the events it takes): each invocation's
 * report logged (Powertools logger) and returned, its metrics published as it ends. Built once per
 * execution environment; nothing of an invocation outlives it.
 */
export const handler = withPowertools(
  tools,
  createStatusSyncHandler({
    deps,
    ...(checkQueue && { checkQueue }),
    syncRuns,
    metrics: tools.metrics,
    log: (message, report) => tools.logger.info(message, { ...report }),
    checkTimeoutMs: checkTimeoutFromEnvironment(process.env),
  }),
);
