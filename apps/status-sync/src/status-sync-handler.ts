import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { SyncRunRepository } from '@devportal/portal-domain';
import { CHECK_TIMEOUT_MS, ENDING_MARGIN_MS } from './check-run.js';
import { type CheckQueueMessage, checkQueuedDocuments } from './check-worker.js';
import { deliverDueWebhooks } from './deliver-webhooks.js';
import { type DispatchReport, dispatchToQueue } from './dispatch-due-checks.js';
import { WEBHOOK_TIMEOUT_MS } from './http-webhook-transport.js';
import type { LimitChangeCheckQueue } from './limit-change-check-queue.js';
import { oldestPendingAgeSeconds } from './oldest-pending-age.js';
import { RunDeadline } from './run-deadline.js';
import { runStatusSync } from './status-sync.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport, WebhookDeliveryReport } from './status-sync-report.js';
import { recordSyncMetrics, recordUsageRollupMetric } from './sync-metrics.js';
import { recordSyncRun, requestedSyncRunOf, timeLeftOfRun } from './sync-run-record.js';
import { rollUpUsage } from './usage-rollup-step.js';

/**
 * What invokes the status sync's function:
 * - EventBridge Scheduler's check schedule (any other payload, `{}`): the dispatcher;
 * - its webhook schedule, `{ "kind": "webhooks" }`: a delivery round;
 * - the check queue's SQS event (`Records`): the worker;
 * - a manual trigger naming one organisation, `{ "organisationId": …, "runId": …, "deadlineAt": … }`:
 *   a run of its documents in this invocation, stopping by the sooner of the invocation's and the
 *   run's deadline, whose report is written into the run the portal API recorded.
 */
export interface StatusSyncEvent {
  readonly Records?: readonly CheckQueueMessage[];
  readonly kind?: 'webhooks';
  readonly organisationId?: string;
  readonly runId?: string;
  readonly deadlineAt?: string;
  readonly limit?: number;
}

/** The part of Lambda's context the handler reads. */
export interface InvocationContext {
  getRemainingTimeInMillis(): number;
}

/** What each kind of invocation answers. */
export type StatusSyncAnswer =
  | StatusSyncReport
  | DispatchReport
  | WebhookDeliveryReport
  | { readonly batchItemFailures: { readonly itemIdentifier: string }[] };

/** What the handler is built on. */
export interface StatusSyncHandlerDependencies {
  readonly deps: StatusSyncDependencies;
  /** The check queue; without one, the schedule's run checks in this invocation. */
  readonly checkQueue?: LimitChangeCheckQueue;
  /** The portal's records of requested runs, where a manual run's report is written. */
  readonly syncRuns?: SyncRunRepository;
  /** Where the metrics go; the caller flushes them after the invocation. */
  readonly metrics: Metrics;
  /** Where each invocation's report is logged (it names documents, never a token). */
  readonly log: (message: string, report: object) => void;
  /** Longest bank call of a check ({@link CHECK_TIMEOUT_MS}). */
  readonly checkTimeoutMs?: number;
}

/**
 * The status sync's Lambda handler, before Powertools wraps it: dispatches on the event and bounds
 * every kind of invocation by the context's remaining time, so each one returns its report (and
 * the dispatcher its lag metric) before Lambda's deadline. The check schedule's invocation then
 * rolls usage up (`rollUpUsage`) in the time left and publishes the roll-up's age metric. Checks
 * and deliveries are separate invocations: a slow bank never starves webhooks, a dead receiver
 * never holds up checks.
 */
export function createStatusSyncHandler(handlerDeps: StatusSyncHandlerDependencies) {
  const { deps, checkQueue, syncRuns, metrics, log } = handlerDeps;
  const checkTimeoutMs = handlerDeps.checkTimeoutMs ?? CHECK_TIMEOUT_MS;
  return async (
    event: StatusSyncEvent | null | undefined,
    context?: InvocationContext,
  ): Promise<StatusSyncAnswer> => {
    const remainingTimeMs = context && (() => context.getRemainingTimeInMillis());
    const timed = remainingTimeMs ? { remainingTimeMs } : {};
    if (event && Array.isArray(event.Records)) {
      const { report, batchItemFailures } = await checkQueuedDocuments(deps, event.Records, {
        ...timed,
        checkTimeoutMs,
      });
      recordSyncMetrics(metrics, report);
      log('status sync: checked a batch', { ...report, retried: batchItemFailures.length });
      return { batchItemFailures };
    }
    if (event?.kind === 'webhooks') {
      if (!deps.webhookDelivery) throw new Error('Webhook delivery is not configured');
      const report = await deliverDueWebhooks(deps.webhookDelivery, {
        deadline: new RunDeadline({ ...timed, marginMs: WEBHOOK_TIMEOUT_MS + ENDING_MARGIN_MS }),
      });
      log('status sync: webhook deliveries', report);
      return report;
    }
    const organisationId =
      typeof event?.organisationId === 'string' ? event.organisationId : undefined;
    const limit = typeof event?.limit === 'number' ? event.limit : undefined;
    // A run the portal recorded stops by the sooner of the invocation's and its record's deadline,
    // and reports into its record; any other run just returns its report.
    const requested = syncRuns && requestedSyncRunOf(event);
    const runTimeLeft = requested ? timeLeftOfRun(requested, deps.clock) : undefined;
    const runTimed = soonerOf(remainingTimeMs, runTimeLeft);
    const runRecorded = (run: () => Promise<StatusSyncReport>) =>
      requested && syncRuns ? recordSyncRun(syncRuns, deps.clock, requested, run) : run();
    const report =
      checkQueue && organisationId === undefined
        ? await dispatchToQueue(deps, checkQueue, {
            deadline: new RunDeadline({ ...timed, marginMs: ENDING_MARGIN_MS }),
            ...(limit !== undefined && { limit }),
          })
        : await runRecorded(() =>
            runStatusSync(deps, {
              ...(runTimed && { remainingTimeMs: runTimed }),
              checkTimeoutMs,
              ...(organisationId !== undefined && { organisationId }),
              ...(limit !== undefined && { limit }),
            }),
          );
    // A store that fails the lag query costs the metric (its alarm treats a gap as breaching),
    // never the report of the work done.
    const lag = await oldestPendingAgeSeconds(deps).catch(() => undefined);
    recordSyncMetrics(metrics, report, lag);
    log('status sync', report);
    if (organisationId === undefined) {
      // The schedule's run also rolls usage up, in the time its checks left; a failure is logged
      // (the next run retries it, reads stay exact), costs its metric (the alarm counts the gap)
      // and never the checks' report.
      try {
        const usage = await rollUpUsage(deps, timed);
        if (usage) {
          recordUsageRollupMetric(metrics, usage);
          log('status sync: usage roll-up', usage);
        }
      } catch (error) {
        log('status sync: usage roll-up', {
          failed: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
    return report;
  };
}

/** The sooner of two remaining-time readings, either possibly absent. */
function soonerOf(
  first: (() => number) | undefined,
  second: (() => number) | undefined,
): (() => number) | undefined {
  if (!first || !second) return first ?? second;
  return () => Math.min(first(), second());
}
