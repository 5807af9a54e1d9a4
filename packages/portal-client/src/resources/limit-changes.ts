import {
  abortableDelay,
  type CallOptions,
  ResponsePromise,
  type WithResponse,
} from '@devportal/http-transport';
import { PortalAbortError } from '../errors/transport-errors.js';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { LimitChange, LimitChangeSyncRun } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** How {@link LimitChanges.waitForSyncRun} polls. */
export interface SyncRunPolling extends CallOptions {
  /** time between two reads of the run (1000 ms) */
  readonly pollIntervalMs?: number;
}

/** Limit-change requests the organisation's applications created at the bank. */
export class LimitChanges extends PortalResource {
  /** The requests with the state the status sync last saw, ordered by `externalId`. */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<LimitChange> {
    return this.core.list('listLimitChanges', { orgId }, params, options);
  }

  /** A request with every state it went through. */
  get(orgId: string, externalId: string, options?: CallOptions): ResponsePromise<LimitChange> {
    return this.core.send('getLimitChange', { params: { path: { orgId, externalId } } }, options);
  }

  /**
   * Starts the status sync of the open requests now and answers the `running` run at once (read
   * it with {@link syncRun} or {@link waitForSyncRun}). While a run of the organisation runs, or
   * within the cooldown after one started, throws `PortalRateLimitError` with `retryAfterMs`.
   * Not retried (it is a POST).
   */
  sync(orgId: string, options?: CallOptions): ResponsePromise<LimitChangeSyncRun> {
    return this.core.send('syncLimitChanges', { params: { path: { orgId } } }, options);
  }

  /** A status-sync run, with its report once `completed`. */
  syncRun(
    orgId: string,
    runId: string,
    options?: CallOptions,
  ): ResponsePromise<LimitChangeSyncRun> {
    return this.core.send('getLimitChangeSyncRun', { params: { path: { orgId, runId } } }, options);
  }

  /**
   * Reads the run every `pollIntervalMs` until it is no longer `running`, and returns it
   * (`completed` with its report, or `failed`); `.withResponse()` gives it with the response of
   * that last read. Stops with the call's `signal`.
   *
   * @example
   * const run = await client.limitChanges.sync(orgId);
   * const { report } = await client.limitChanges.waitForSyncRun(orgId, run.runId);
   */
  waitForSyncRun(
    orgId: string,
    runId: string,
    { pollIntervalMs = 1000, ...options }: SyncRunPolling = {},
  ): ResponsePromise<LimitChangeSyncRun> {
    return new ResponsePromise(this.#pollSyncRun(orgId, runId, pollIntervalMs, options));
  }

  async #pollSyncRun(
    orgId: string,
    runId: string,
    pollIntervalMs: number,
    options: CallOptions,
  ): Promise<WithResponse<LimitChangeSyncRun>> {
    for (;;) {
      const read = await this.syncRun(orgId, runId, options).withResponse();
      if (read.data.status !== 'running') return read;
      await pause(pollIntervalMs, options.signal);
    }
  }
}

/** Waits `ms` between two reads; an abort rejects as an aborted read does, with the reason as `cause`. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await abortableDelay(ms, signal);
  } catch (reason) {
    throw new PortalAbortError('the wait was aborted by the caller', {
      operationId: 'getLimitChangeSyncRun',
      cause: reason,
    });
  }
}
