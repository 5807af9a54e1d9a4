import { type Clock, DEFAULT_SYNC_RUN_POLICY, RUNNING_RETRY_MS } from '@devportal/portal-domain';
import { DynamoSyncRunRepository } from '@devportal/portal-dynamodb';
import { describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import { type PortalApiWorld, SYNC_REPORT, usePortalApi } from '../support/portal-api-world.js';
import type { TestPerson } from '../support/test-identity.js';

/** The API's clock, moved by the test (tokens are checked against the real time). */
const clock: Clock & { offsetMs: number } = {
  offsetMs: 0,
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  },
};
const { cooldownMs, runTimeoutMs } = DEFAULT_SYNC_RUN_POLICY;
const world: PortalApiWorld = usePortalApi('portal-api-sync-cooldown', { clock });

async function startSync(organisationId: string, who: TestPerson) {
  return world.call(who, 'POST', orgPath(organisationId, '/limit-changes/sync'));
}

describe('the cooldown and the deadline of manual sync runs', () => {
  it('refuses a run within the cooldown after the last one, and starts one after it', async () => {
    const own = await world.organisation();
    const first = await startSync(own.id, own.members.Owner);
    await new DynamoSyncRunRepository(world.store).finish(
      own.id,
      first.body.runId,
      { status: 'completed', report: SYNC_REPORT },
      clock.now().toISOString(),
    );

    clock.offsetMs += cooldownMs / 2;
    const early = await startSync(own.id, own.members.Developer);
    clock.offsetMs += cooldownMs / 2;
    const after = await startSync(own.id, own.members.Developer);

    expect(early.status).toBe(429);
    const retryAfter = Number(early.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(cooldownMs / 2000 - 1);
    expect(retryAfter).toBeLessThanOrEqual(cooldownMs / 2000);
    expect(after.status).toBe(202);
  });

  it('refuses while a run works past its cooldown, and gives a silent run up at its deadline', async () => {
    const own = await world.organisation();
    const silent = await startSync(own.id, own.members.Owner);

    clock.offsetMs += cooldownMs * 2;
    const busy = await startSync(own.id, own.members.Owner);
    clock.offsetMs += runTimeoutMs;
    const given = await world.call(
      own.members.Observer,
      'GET',
      orgPath(own.id, `/limit-changes/sync-runs/${silent.body.runId}`),
    );
    const next = await startSync(own.id, own.members.Owner);

    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe(String(RUNNING_RETRY_MS / 1000));
    expect(given.body).toMatchObject({ status: 'failed', finishedAt: silent.body.deadlineAt });
    expect(next.status).toBe(202);
  });
});
