import { powertools, withPowertools } from '@devportal/runtime';
import {
  checkQueueFromEnvironment,
  checkTimeoutFromEnvironment,
  dependenciesFromEnvironment,
  repositoriesFromEnvironment,
} from './config.js';
import { createStatusSyncHandler } from './status-sync-handler.js';

// Metrics' namespace and `service` dimension from the Powertools variables infra sets.
const tools = powertools();
const repositories = repositoriesFromEnvironment(process.env, tools.instrument);
const deps = await dependenciesFromEnvironment(process.env, tools.instrument, repositories);
const checkQueue = checkQueueFromEnvironment(process.env, tools.instrument);

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
    syncRuns: repositories.syncRuns,
    metrics: tools.metrics,
    log: (message, report) => tools.logger.info(message, { ...report }),
    checkTimeoutMs: checkTimeoutFromEnvironment(process.env),
  }),
);
