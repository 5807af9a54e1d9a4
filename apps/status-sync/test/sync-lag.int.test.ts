import { Metrics } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import { runStatusSync } from '../src/index.js';
import { oldestPendingAgeSeconds } from '../src/oldest-pending-age.js';
import { recordSyncMetrics, SYNC_LAG_METRIC } from '../src/sync-metrics.js';
import { useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const world = useSyncWorld('status-sync-lag');

describe('the sync lag', () => {
  it('is the age of the earliest due entry of the pending index, 0 once the sync caught up', {
    timeout: 60_000,
  }, async () => {
    // Prepare: nothing is pending yet
    const empty = await oldestPendingAgeSeconds(world.deps);
    const created = await world.createRequests(['implemented', 'implemented', 'refused']);
    const records = await Promise.all(
      created.map(({ externalId }) =>
        world.deps.limitChanges.get(world.organisationId, externalId),
      ),
    );
    const earliest = Math.min(...records.map((record) => Date.parse(record?.nextCheckAt ?? '')));
    world.commands.length = 0;

    // Act: ten minutes after the first check fell due, before and after a run
    world.clock.advance(earliest - world.clock.now() + 10 * MINUTE);
    const behind = await oldestPendingAgeSeconds(world.deps);
    const lagQueries = [...world.commands];
    await runStatusSync(world.deps);
    const caughtUp = await oldestPendingAgeSeconds(world.deps);

    // Assess
    expect(empty).toBe(0);
    expect(behind).toBe(600);
    expect(lagQueries).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand', 'QueryCommand']);
    expect(caughtUp).toBe(0);
  });
});

describe('the sync metrics', () => {
  it('are the lag and the documents checked, changed and failed, in the service dimension', () => {
    // Prepare
    const metrics = new Metrics({ namespace: 'Devportal/test', serviceName: 'status-sync' });
    const report = { checked: 7, changed: 3, failed: 1 };

    // Act
    recordSyncMetrics(metrics, report as Parameters<typeof recordSyncMetrics>[1], 42);
    const emf = metrics.serializeMetrics();

    // Assess
    const [directive] = emf._aws.CloudWatchMetrics;
    expect(directive?.Namespace).toBe('Devportal/test');
    expect(directive?.Dimensions).toEqual([['service']]);
    expect(emf).toMatchObject({
      service: 'status-sync',
      [SYNC_LAG_METRIC]: 42,
      DocumentsChecked: 7,
      DocumentsChanged: 3,
      DocumentsFailed: 1,
    });
    expect(directive?.Metrics).toContainEqual({ Name: SYNC_LAG_METRIC, Unit: 'Seconds' });
  });
});
