import type { UsageRollupReport } from '@devportal/portal-domain';
import { ENDING_MARGIN_MS } from './check-run.js';
import { RunDeadline } from './run-deadline.js';
import type { StatusSyncDependencies } from './status-sync-dependencies.js';

/**
 * Kept back before each page of the roll-up: the page itself (a query, a batch read, then three
 * writes per minute item, all at once) and the invocation's ending.
 */
export const USAGE_ROLLUP_MARGIN_MS = ENDING_MARGIN_MS + 3_000;

/**
 * The schedule's step after its checks: adds the closed minutes of the usage counters into their
 * hours and days (`UsageRollup`), starting no page once less than {@link USAGE_ROLLUP_MARGIN_MS}
 * of the invocation is left. What it leaves, the next run rolls; reads are exact meanwhile.
 * Without a roll-up among `deps`, nothing (and `undefined`).
 */
export async function rollUpUsage(
  deps: Pick<StatusSyncDependencies, 'usageRollup' | 'clock'>,
  options: { readonly remainingTimeMs?: () => number } = {},
): Promise<UsageRollupReport | undefined> {
  if (!deps.usageRollup) return undefined;
  const deadline = new RunDeadline({
    marginMs: USAGE_ROLLUP_MARGIN_MS,
    ...(options.remainingTimeMs && { remainingTimeMs: options.remainingTimeMs }),
  });
  return deps.usageRollup.rollUp({
    now: deps.clock.now(),
    allowsStart: () => deadline.allowsStart(),
  });
}
