import { nodeCrypto, type SyncRunRepository, SyncRunService } from '@devportal/portal-domain';
import { createTable, DocumentStore, DynamoSyncRunRepository } from '@devportal/portal-dynamodb';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatusSyncHandler, recordSyncRun, runStatusSync } from '../src/index.js';
import { handlerMetrics, invocationContext } from './support/invocation.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-run-record');
const runsTable = useDynamoDbTestTable('status-sync-run-records', createTable);
let syncRuns: SyncRunRepository;
let runs: SyncRunService;

beforeAll(() => {
  syncRuns = new DynamoSyncRunRepository(new DocumentStore(runsTable.client, runsTable.tableName));
  runs = new SyncRunService({ syncRuns, clock: world.domainClock, crypto: nodeCrypto });
});

/** A run of a new organisation, recorded as the portal API records a member's request. */
async function requestedRun(organisationId: string = crypto.randomUUID()) {
  const outcome = await runs.start(organisationId, 'member-1');
  if (!('started' in outcome)) throw new Error('the run was refused');
  return outcome.started;
}

describe('recordSyncRun', () => {
  it('writes the report of a manual run into the run the member reads', async () => {
    // Prepare: two followed documents due for a check, a run the portal recorded
    await world.createRequests(['implemented', 'implemented']);
    world.clock.advance(30 * MINUTE);
    const run = await requestedRun(world.organisationId);

    // Act
    const report = await recordSyncRun(syncRuns, world.domainClock, run, () =>
      runStatusSync(world.deps, { organisationId: world.organisationId }),
    );

    // Assess
    expect(report.checked).toBe(2);
    expect(await runs.get(world.organisationId, run.runId)).toMatchObject({
      status: 'completed',
      report: {
        checked: report.checked,
        changed: report.changed,
        failed: report.failed,
        stillPending: report.stillPending,
        waitingForSignature: report.waitingForSignature,
        durationMs: report.durationMs,
      },
    });
  });

  it('records a run that threw as failed and passes the error on', async () => {
    const run = await requestedRun();

    const outcome = recordSyncRun(syncRuns, world.domainClock, run, () =>
      Promise.reject(new Error('the table went away')),
    );

    await expect(outcome).rejects.toThrow(/went away/);
    expect(await runs.get(run.organisationId, run.runId)).toMatchObject({ status: 'failed' });
  });

  it('leaves a run given up at its deadline failed when its report comes late', async () => {
    const run = await requestedRun();
    world.clock.advance(Date.parse(run.deadlineAt) - Date.parse(run.startedAt));

    await recordSyncRun(syncRuns, world.domainClock, run, () =>
      runStatusSync(world.deps, { organisationId: run.organisationId }),
    );

    const stored = await syncRuns.get(run.organisationId, run.runId);
    expect(stored).toMatchObject({ status: 'running' });
    expect(await runs.get(run.organisationId, run.runId)).toMatchObject({ status: 'failed' });
  });

  it('is what the Lambda handler does with an event naming the run', async () => {
    // Prepare: a followed document due for a check, the run the portal API invoked the sync for
    // (a record left running, had the handler not written its end)
    await world.createRequests(['implemented']);
    world.clock.advance(30 * MINUTE);
    const run = await requestedRun(world.organisationId);
    const handler = createStatusSyncHandler({
      deps: world.deps,
      syncRuns,
      metrics: handlerMetrics(),
      log: () => undefined,
    });

    // Act: the asynchronous invocation's event
    await handler(
      { organisationId: run.organisationId, runId: run.runId },
      invocationContext(60_000),
    );

    // Assess
    expect(await runs.get(run.organisationId, run.runId)).toMatchObject({
      status: 'completed',
      report: { checked: expect.any(Number) },
    });
  });

  it("stops starting checks it could not report before the run's deadline", {
    timeout: 60_000,
  }, async () => {
    // Prepare: twenty due documents of a new organisation, a bank answering each in 400 ms, and a
    // run whose deadline leaves 600 ms beyond the stop margin (1 s pause + 0.5 s call + 2 s ending)
    await world.createRequests(Array(20).fill('implemented'));
    world.clock.advance(30 * MINUTE);
    const run = await requestedRun(world.organisationId);
    world.clock.advance(Date.parse(run.deadlineAt) - world.clock.now() - 4_100);
    world.sandbox.setFaults({ getLimitChangeState: { errorRate: 0, latencyMs: 400 } });
    const handler = createStatusSyncHandler({
      deps: world.deps,
      syncRuns,
      metrics: handlerMetrics(),
      log: () => undefined,
      checkTimeoutMs: 500,
    });

    // Act: the event as the portal API sends it, with a minute of invocation left
    await handler(run, invocationContext(60_000));
    world.sandbox.setFaults({});

    // Assess: eight at a time, the third wave would start past the deadline's stop
    const recorded = await runs.get(run.organisationId, run.runId);
    expect(recorded.status).toBe('completed');
    expect(recorded.report?.checked).toBeGreaterThanOrEqual(8);
    expect(recorded.report?.checked).toBeLessThan(20);
  });
});
