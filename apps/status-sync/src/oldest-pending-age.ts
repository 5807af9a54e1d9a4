import { type Clock, type LimitChangeRepository, PENDING_SHARDS } from '@devportal/portal-domain';

/**
 * How far the sync is behind its own schedule: the seconds since the `nextCheckAt` of the earliest
 * pending-index entry that is due now, 0 when none is. One query of one item per queue partition
 * (the index is ordered by next check), never a scan. Drafts awaiting a signature count only once
 * their own, rare check is due, so a long wait for a signature is not lag.
 */
export async function oldestPendingAgeSeconds(deps: {
  readonly limitChanges: LimitChangeRepository;
  readonly clock: Clock;
}): Promise<number> {
  const now = deps.clock.now();
  const shards = Array.from({ length: PENDING_SHARDS }, (_, shard) => shard);
  const earliest = await Promise.all(
    shards.map((shard) => deps.limitChanges.listDue(shard, now.toISOString(), 1)),
  );
  const dueSince = earliest.flat().map((due) => Date.parse(due.nextCheckAt));
  if (dueSince.length === 0) return 0;
  return Math.max(0, Math.floor((now.getTime() - Math.min(...dueSince)) / 1000));
}
