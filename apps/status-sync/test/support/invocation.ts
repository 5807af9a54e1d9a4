import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createStatusSyncHandler,
  type InvocationContext,
  type StatusSyncDependencies,
  type StatusSyncReport,
} from '../../src/index.js';

/** A Lambda context whose remaining time counts down from `budgetMs` on the real clock. */
export function invocationContext(budgetMs: number): InvocationContext {
  const end = performance.now() + budgetMs;
  return { getRemainingTimeInMillis: () => Math.max(0, Math.round(end - performance.now())) };
}

/** Powertools metrics as the handler gets them on Lambda, to read back what it published. */
export function handlerMetrics(): Metrics {
  return new Metrics({ namespace: 'Devportal/test', serviceName: 'status-sync' });
}

/**
 * The check schedule's invocation as Lambda makes it, with `budgetMs` left and bank calls bounded
 * at `checkTimeoutMs`, checking in process; its report, how long it took and the metrics published.
 */
export async function invokeSchedule(
  deps: StatusSyncDependencies,
  budgetMs: number,
  checkTimeoutMs: number,
) {
  const metrics = handlerMetrics();
  const handler = createStatusSyncHandler({ deps, metrics, log: () => undefined, checkTimeoutMs });
  const started = performance.now();
  const report = (await handler({}, invocationContext(budgetMs))) as StatusSyncReport;
  return { report, elapsedMs: performance.now() - started, emf: metrics.serializeMetrics() };
}
