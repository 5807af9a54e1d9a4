import { NotFoundError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import {
  DEFAULT_SYNC_RUN_POLICY,
  type LimitChangeSyncRun,
  newSyncRun,
  nextSyncRunAllowedAt,
  type SyncRunPolicy,
  syncRunAt,
} from './sync-run.js';
import type { SyncRunRepository } from './sync-run-repository.js';

/** What {@link SyncRunService} runs on. */
export interface SyncRunServiceDependencies {
  readonly syncRuns: SyncRunRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Cooldown and timeout of runs ({@link DEFAULT_SYNC_RUN_POLICY}). */
  readonly policy?: SyncRunPolicy;
}

/** A start that was refused because another run blocks it, and when one may start. */
export interface SyncRunRefusal {
  readonly retryAt: Date;
}

/** What asking for a run came to. */
export type SyncRunStart =
  | { readonly started: LimitChangeSyncRun }
  | { readonly refused: SyncRunRefusal };

/**
 * Manual status-sync runs of an organisation: one at a time, no sooner than a cooldown after the
 * last start, each readable afterwards with its report. Callers have authorised the member for
 * the organisation (the portal API's pipeline does, from the operation's `x-action`).
 */
export class SyncRunService {
  private readonly policy: SyncRunPolicy;

  constructor(private readonly deps: SyncRunServiceDependencies) {
    this.policy = deps.policy ?? DEFAULT_SYNC_RUN_POLICY;
  }

  /**
   * Records a new running run for `requestedBy`, unless the latest run still runs or started
   * within the cooldown: then the refusal says when to retry. Concurrent calls start one run.
   */
  async start(organisationId: string, requestedBy: string): Promise<SyncRunStart> {
    const now = this.deps.clock.now();
    const run = newSyncRun(organisationId, this.deps.crypto.newId(), requestedBy, now, this.policy);
    const cooldownStart = new Date(now.getTime() - this.policy.cooldownMs).toISOString();
    if (await this.deps.syncRuns.start(run, cooldownStart)) return { started: run };
    const latest = await this.deps.syncRuns.latest(organisationId);
    // The condition failed on what was stored then; a run may have ended since the read: asking
    // again at once is the truthful answer.
    return { refused: { retryAt: nextSyncRunAllowedAt(latest, now, this.policy) ?? now } };
  }

  /** The organisation's run `runId` as it stands now; NotFound for any other id. */
  async get(organisationId: string, runId: string): Promise<LimitChangeSyncRun> {
    const run = await this.deps.syncRuns.get(organisationId, runId);
    if (!run) throw new NotFoundError('sync_run_not_found');
    return syncRunAt(run, this.deps.clock.now());
  }

  /** Records that run `runId` never got going (it could not be dispatched). */
  async abandon(organisationId: string, runId: string): Promise<void> {
    await this.deps.syncRuns.finish(
      organisationId,
      runId,
      { status: 'failed' },
      this.deps.clock.now().toISOString(),
    );
  }
}
