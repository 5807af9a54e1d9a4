import { runStatusSync, type StatusSyncOptions } from './status-sync.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';
import type { StatusSyncReport } from './status-sync-report.js';

/** The local stack's stand-in for EventBridge Scheduler. */
export interface StatusSyncTimer {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the status sync every `intervalMs` (5 minutes, as in AWS), never two runs at
 * once in this process; each report (or failure) goes to `onReport`.
 *
 * @example
 * const timer = startStatusSyncTimer(deps, { onReport: (r) => console.log(r) });
 */
export function startStatusSyncTimer(
  deps: StatusSyncDependencies,
  options: {
    readonly intervalMs?: number;
    readonly sync?: StatusSyncOptions;
    readonly onReport?: (report: StatusSyncReport) => void;
    readonly onError?: (error: unknown) => void;
  } = {},
): StatusSyncTimer {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= runStatusSync(deps, options.sync)
      .then(options.onReport, options.onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 5 * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
