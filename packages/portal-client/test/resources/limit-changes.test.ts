import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalRateLimitError } from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import {
  completedSyncRun as completed,
  runningSyncRun as running,
} from '../support/portal-records.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('client.limitChanges sync runs', () => {
  it('starts a run and answers it at once', async () => {
    // Prepare
    server.replies({ status: 202, headers: { location: '/runs/run-1' }, body: running });

    // Act
    const run = await clientOf(server.origin).limitChanges.sync('org-1');

    // Assess
    expect(run).toEqual(running);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/organizations/org-1/limit-changes/sync',
    });
  });

  it('throws PortalRateLimitError with the wait while a run is in the way, without retrying', async () => {
    // Prepare
    server.replies({
      status: 429,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '27' },
      body: { type: 'urn:devportal:problem:sync_run_busy', status: 429, code: 'sync_run_busy' },
    });

    // Act
    const error = await clientOf(server.origin)
      .limitChanges.sync('org-1')
      .catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(PortalRateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'sync_run_busy', retryAfterMs: 27_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('polls a run until it is no longer running', async () => {
    // Prepare
    server.replies(
      { status: 200, body: running },
      { status: 200, body: running },
      { status: 200, body: completed },
    );

    // Act
    const run = await clientOf(server.origin).limitChanges.waitForSyncRun('org-1', 'run-1', {
      pollIntervalMs: 1,
    });

    // Assess
    expect(run).toEqual(completed);
    expect(server.requests.map((request) => request.url)).toEqual(
      Array(3).fill('/v1/organizations/org-1/limit-changes/sync-runs/run-1'),
    );
  });

  it('stops polling when the signal aborts', async () => {
    // Prepare
    server.replies({ status: 200, body: running });
    const stop = new AbortController();

    // Act
    const waiting = clientOf(server.origin).limitChanges.waitForSyncRun('org-1', 'run-1', {
      pollIntervalMs: 60_000,
      signal: stop.signal,
    });
    await expect.poll(() => server.requests.length).toBe(1);
    const reason = new Error('the page was left');
    stop.abort(reason);

    // Assess: the abort lands in the read or in the wait after it, and reads the same in both
    await expect(waiting).rejects.toMatchObject({ name: 'PortalAbortError', cause: reason });
  });
});
