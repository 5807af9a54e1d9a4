import { describe, expect, it } from 'vitest';
import { runStatusSync, type StatusSyncReport } from '../src/index.js';
import { type Fate, SANDBOX_PATHS, useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-final');

const statesOf = (history: readonly { state: string }[]) => history.map((step) => step.state);
type Tally = 'changed' | 'reachedFinal' | 'failed' | 'checked';
const sum = (reports: readonly StatusSyncReport[], field: Tally) =>
  reports.reduce((total, report) => total + report[field], 0);

describe('a scheduled sync', () => {
  it('follows every request through the states the bank takes it, and stops at a final one', {
    timeout: 60_000,
  }, async () => {
    const fates: Fate[] = ['implemented', 'implemented', 'implemented', 'refused', 'refused'];
    const created = await world.createRequests(fates);
    world.commands.length = 0;

    const reports = await world.syncEvery(30 * MINUTE, 40);
    const records = await Promise.all(
      created.map(({ externalId }) =>
        world.deps.limitChanges.get(world.organisationId, externalId),
      ),
    );
    const bankChecksBefore = world.sandbox.requestCount('getLimitChangeState');
    const afterwards = await world.syncEvery(24 * 60 * MINUTE, 2);

    expect(records.map((record) => statesOf(record?.history ?? []))).toEqual(
      fates.map((fate) => SANDBOX_PATHS[fate]),
    );
    expect(records.every((record) => record?.nextCheckAt === undefined)).toBe(true);
    expect(sum(reports, 'changed')).toBe(3 * 3 + 2 * 2);
    expect(sum(reports, 'reachedFinal')).toBe(5);
    expect(sum(reports, 'failed')).toBe(0);
    expect(reports.at(-1)).toMatchObject({ stillPending: 0, waitingForSignature: 0 });
    expect(sum(afterwards, 'checked')).toBe(0);
    expect(world.sandbox.requestCount('getLimitChangeState')).toBe(bankChecksBefore);
    expect(world.commands).not.toContain('ScanCommand');
  });

  it('checks drafts rarely and reports them as waiting for a signature', async () => {
    const [draft] = await world.createRequests(['draft']);
    const externalId = draft?.externalId ?? '';
    const checksOf = () =>
      world.sandbox.requestLog.filter(
        (entry) => entry.operationId === 'getLimitChangeState' && entry.path.includes(externalId),
      ).length;

    // A draft is first looked at six hours after it was recorded, then every six hours.
    const [first] = await world.syncEvery(6 * 60 * MINUTE + MINUTE, 1);
    const quietHours = await world.syncEvery(15 * MINUTE, 20);
    const checksWhileQuiet = checksOf();
    world.sandbox.signDraft(externalId);
    const [afterSigning] = await world.syncEvery(90 * MINUTE, 1);
    const record = await world.deps.limitChanges.get(world.organisationId, externalId);

    expect(first).toMatchObject({ checked: 1, changed: 0, waitingForSignature: 1 });
    expect(sum(quietHours, 'checked')).toBe(0);
    expect(checksWhileQuiet).toBe(1);
    expect(afterSigning).toMatchObject({ checked: 1, changed: 1, stillPending: 1 });
    expect(statesOf(record?.history ?? [])).toEqual(['CREATED', 'SIGNED']);
  });

  it('is also run for one organisation on demand, due or not', async () => {
    const [request] = await world.createRequests(['implemented']);

    const report = await runStatusSync(world.deps, { organisationId: world.organisationId });
    const other = await runStatusSync(world.deps, {
      organisationId: 'an-organisation-without-requests',
    });

    expect(report.organisationId).toBe(world.organisationId);
    expect(report.checked).toBeGreaterThanOrEqual(1);
    expect(report.failures).toEqual([]);
    expect(other).toMatchObject({ checked: 0, changed: 0, failed: 0 });
    expect(request?.state).toBe('SIGNED');
  });
});
