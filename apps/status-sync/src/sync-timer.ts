import type { UsageRollupReport } from '@devportal/portal-domain';
import { deliverDueWebhooks } from './deliver-webhooks.js';
import { runStatusSync, type StatusSyncOptions } from './status-sync.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport, WebhookDeliveryReport } from './status-sync-report.js';
import { rollUpUsage } from './usage-rollup-step.js';

/** The local stack's stand-in for EventBridge Scheduler's two schedules. */
export interface StatusSyncTimer {
  /** Stops both timers and waits for the rounds in progress. */
  stop(): Promise<void>;
}

/** Settings of {@link startStatusSyncTimer}. */
export interface StatusSyncTimerOptions {
  /** Between runs of the checks (5 minutes, as in AWS). */
  readonly intervalMs?: number;
  /** Between webhook delivery rounds (1 minute, as in AWS). */
  readonly webhookIntervalMs?: number;
  readonly sync?: StatusSyncOptions;
  readonly onReport?: (report: StatusSyncReport) => void;
  readonly onWebhooks?: (report: WebhookDeliveryReport) => void;
  /** After each check round's usage roll-up (when `deps` has one). */
  readonly onUsageRollup?: (report: UsageRollupReport) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs the status sync's checks and its webhook deliveries on two timers of their own, as the two
 * schedules do in AWS, so a slow bank never delays a delivery and a dead receiver never delays a
 * check; never two rounds of one kind at once in this process.
 *
 * @example
 * const timer = startStatusSyncTimer(deps, { onReport: (r) => console.log(r) });
 */
export function startStatusSyncTimer(
  deps: StatusSyncDependencies,
  options: StatusSyncTimerOptions = {},
): StatusSyncTimer {
  const { webhookDelivery } = deps;
  const timers = [
    repeat(() => checkRound(deps, options), options.intervalMs ?? 5 * 60_000, {
      onDone: options.onReport,
      onError: options.onError,
    }),
    ...(webhookDelivery
      ? [
          repeat(() => deliverDueWebhooks(webhookDelivery), options.webhookIntervalMs ?? 60_000, {
            onDone: options.onWebhooks,
            onError: options.onError,
          }),
        ]
      : []),
  ];
  return {
    async stop() {
      await Promise.all(timers.map((timer) => timer.stop()));
    },
  };
}

/**
 * The checks, then the usage roll-up, as the check schedule's invocation runs them (the handler);
 * a failed roll-up goes to `onError` and never costs the checks' report.
 */
async function checkRound(
  deps: StatusSyncDependencies,
  options: StatusSyncTimerOptions,
): Promise<StatusSyncReport> {
  const report = await runStatusSync(deps, options.sync);
  const remainingTimeMs = options.sync?.remainingTimeMs;
  await rollUpUsage(deps, remainingTimeMs ? { remainingTimeMs } : {}).then((usage) => {
    if (usage) options.onUsageRollup?.(usage);
  }, options.onError);
  return report;
}

function repeat<T>(
  round: () => Promise<T>,
  intervalMs: number,
  handlers: {
    onDone?: ((result: T) => void) | undefined;
    onError?: ((error: unknown) => void) | undefined;
  },
): StatusSyncTimer {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= round()
      .then(handlers.onDone, handlers.onError)
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
