import { randomUUID } from 'node:crypto';
import {
  isDomainError,
  type LimitChangeSyncReport,
  nodeCrypto,
  RUNNING_RETRY_MS,
  type SyncRunPolicy,
  SyncRunService,
} from '@devportal/portal-domain';
import { TestClock } from '@devportal/portal-domain/test-clock';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, DocumentStore, DynamoSyncRunRepository } from '../../src/index.js';

const table = useDynamoDbTestTable('portal-domain-sync-runs', createTable);
const policy: SyncRunPolicy = { cooldownMs: 30_000, runTimeoutMs: 300_000 };
const report: LimitChangeSyncReport = {
  checked: 2,
  changed: 1,
  failed: 0,
  stillPending: 1,
  waitingForSignature: 0,
  durationMs: 120,
};
let repository: DynamoSyncRunRepository;

beforeAll(() => {
  repository = new DynamoSyncRunRepository(new DocumentStore(table.client, table.tableName));
});

/** The service on its own clock, and an organisation of its own. */
function scene() {
  const clock = new TestClock();
  const runs = new SyncRunService({ syncRuns: repository, clock, crypto: nodeCrypto, policy });
  return { clock, runs, organisationId: randomUUID() };
}

async function started(runs: SyncRunService, organisationId: string) {
  const outcome = await runs.start(organisationId, 'user-1');
  if (!('started' in outcome)) throw new Error('the run was refused');
  return outcome.started;
}

describe('SyncRunService on DynamoDB', () => {
  it('starts exactly one of five concurrent runs; the others learn when to retry', async () => {
    const { runs, organisationId } = scene();

    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => runs.start(organisationId, 'user-1')),
    );

    const winners = outcomes.flatMap((outcome) => ('started' in outcome ? [outcome.started] : []));
    expect(winners).toHaveLength(1);
    const cooldownEnd = Date.parse(winners[0]?.startedAt ?? '') + policy.cooldownMs;
    for (const outcome of outcomes) {
      if ('refused' in outcome) {
        expect(outcome.refused.retryAt.getTime()).toBe(cooldownEnd);
      }
    }
    expect(await repository.latest(organisationId)).toMatchObject({
      runId: winners[0]?.runId,
      status: 'running',
    });
  });

  it('keeps the report of a finished run, recorded once, and holds the cooldown', async () => {
    const { clock, runs, organisationId } = scene();
    const run = await started(runs, organisationId);

    clock.advance(2_000);
    const finishedAt = clock.now().toISOString();
    const first = await repository.finish(
      organisationId,
      run.runId,
      { status: 'completed', report },
      finishedAt,
    );
    const again = await repository.finish(
      organisationId,
      run.runId,
      { status: 'failed' },
      clock.now().toISOString(),
    );

    expect([first, again]).toEqual([true, false]);
    expect(await runs.get(organisationId, run.runId)).toEqual({
      ...run,
      status: 'completed',
      finishedAt,
      report,
    });
    const early = await runs.start(organisationId, 'user-2');
    expect(early).toEqual({
      refused: expect.objectContaining({
        retryAt: new Date(Date.parse(run.startedAt) + policy.cooldownMs),
      }),
    });

    clock.advance(policy.cooldownMs);
    const next = await started(runs, organisationId);
    expect(next.runId).not.toBe(run.runId);
    expect(await repository.latest(organisationId)).not.toHaveProperty('report');
  });

  it('refuses while a run works past its cooldown, and gives a silent run up at its deadline', async () => {
    const { clock, runs, organisationId } = scene();
    const silent = await started(runs, organisationId);

    clock.advance(policy.cooldownMs + 1_000);
    const busy = await runs.start(organisationId, 'user-2');
    expect('refused' in busy && busy.refused.retryAt.getTime() - clock.now().getTime()).toBe(
      RUNNING_RETRY_MS - 1,
    );

    clock.advance(policy.runTimeoutMs);
    expect(await runs.get(organisationId, silent.runId)).toMatchObject({
      status: 'failed',
      finishedAt: silent.deadlineAt,
    });
    const after = await started(runs, organisationId);
    const late = await repository.finish(
      organisationId,
      silent.runId,
      { status: 'completed', report },
      clock.now().toISOString(),
    );
    expect(late).toBe(false);
    expect(await runs.get(organisationId, silent.runId)).toMatchObject({ status: 'failed' });
    expect(await runs.get(organisationId, after.runId)).toMatchObject({ status: 'running' });
  });

  it('finds no run of another organisation', async () => {
    const mine = scene();
    const theirs = scene();
    const run = await started(theirs.runs, theirs.organisationId);

    const error = await mine.runs.get(mine.organisationId, run.runId).catch((e: unknown) => e);

    expect(isDomainError(error) && error.code).toBe('sync_run_not_found');
  });
});
