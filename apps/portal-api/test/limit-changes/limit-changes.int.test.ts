import {
  LimitChangeService,
  nodeCrypto,
  STATUS_SYNC_ACTOR,
  systemClock,
} from '@devportal/portal-domain';
import { DynamoSyncRunRepository, dynamoRepositories } from '@devportal/portal-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
  SYNC_REPORT,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-limits');
let organisation: TestOrganisation;

beforeAll(async () => {
  organisation = await world.organisation();
});

/** What the status sync records when the bank reports `state` for the request. */
async function bankReports(organisationId: string, externalId: string, state: string) {
  const repositories = dynamoRepositories({
    client: world.table.client,
    tableName: world.table.tableName,
  });
  const limitChanges = new LimitChangeService({
    ...repositories,
    clock: systemClock,
    crypto: nodeCrypto,
  });
  // As the status sync does: the record is read before the bank is asked.
  const read = await repositories.limitChanges.get(organisationId, externalId);
  if (!read) throw new Error(`${externalId} is not recorded`);
  await limitChanges.applyObservedState(STATUS_SYNC_ACTOR, null, read, state);
}

describe('limit-change requests', () => {
  it('shows a request with every state the bank reported, to any member', async () => {
    const externalId = await world.limitChange(organisation.id, 'CREATED');
    await bankReports(organisation.id, externalId, 'IMPLEMENTED');

    const answer = await world.call(
      organisation.members.Observer,
      'GET',
      orgPath(organisation.id, `/limit-changes/${externalId}`),
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ externalId, state: 'IMPLEMENTED', final: true });
    expect(answer.body.history.map(({ state }: { state: string }) => state)).toEqual([
      'CREATED',
      'IMPLEMENTED',
    ]);
    expect(answer.body).not.toHaveProperty('nextCheckAt');
    expect(answer.body).not.toHaveProperty('version');
  });

  it('lists the organisation’s requests page by page', async () => {
    const own = await world.organisation();
    const recorded = await Promise.all(
      ['CREATED', 'DELIVERED', 'CREATED'].map((state) => world.limitChange(own.id, state)),
    );
    await world.limitChange(organisation.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await world.call(
        own.members.Developer,
        'GET',
        orgPath(own.id, `/limit-changes?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { externalId: string }) => item.externalId));
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(seen.sort()).toEqual(recorded.sort());
  });

  it('answers 404 for a request of another organisation and for an unknown one', async () => {
    const other = await world.organisation();
    const theirs = await world.limitChange(other.id);

    const [foreign, unknown] = await Promise.all([
      world.call(
        organisation.members.Owner,
        'GET',
        orgPath(organisation.id, `/limit-changes/${theirs}`),
      ),
      world.call(
        organisation.members.Owner,
        'GET',
        orgPath(organisation.id, `/limit-changes/${crypto.randomUUID()}`),
      ),
    ]);

    expect(foreign).toMatchObject({ status: 404, body: { code: 'limit_request_not_found' } });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'limit_request_not_found' } });
  });
});

describe('POST …/limit-changes/sync', () => {
  it('answers 202 at once with the running run and hands it to the status sync', async () => {
    const own = await world.organisation();

    const answer = await world.call(
      own.members.Developer,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );

    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({
      status: 'running',
      requestedBy: own.members.Developer.userId,
    });
    expect(answer.body).not.toHaveProperty('report');
    expect(answer.body).not.toHaveProperty('organisationId');
    const location = orgPath(own.id, `/limit-changes/sync-runs/${answer.body.runId}`);
    expect(answer.headers.get('location')).toBe(location);
    expect(world.statusSync.started).toContainEqual({
      organisationId: own.id,
      runId: answer.body.runId,
      deadlineAt: answer.body.deadlineAt,
    });
    const run = await world.call(own.members.Observer, 'GET', location);
    expect(run).toMatchObject({ status: 200, body: answer.body });
  });

  it('shows the report once the status sync recorded it', async () => {
    const own = await world.organisation();
    const { body: started } = await world.call(
      own.members.Owner,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );
    const finishedAt = new Date().toISOString();
    await new DynamoSyncRunRepository(world.store).finish(
      own.id,
      started.runId,
      { status: 'completed', report: SYNC_REPORT },
      finishedAt,
    );

    const answer = await world.call(
      own.members.Observer,
      'GET',
      orgPath(own.id, `/limit-changes/sync-runs/${started.runId}`),
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ...started,
      status: 'completed',
      finishedAt,
      report: SYNC_REPORT,
    });
  });

  it('answers 404 for a run of another organisation and for an unknown one', async () => {
    const other = await world.organisation();
    const theirs = await world.syncRun(other.id);

    const [foreign, unknown] = await Promise.all(
      [theirs, crypto.randomUUID()].map((runId) =>
        world.call(
          organisation.members.Owner,
          'GET',
          orgPath(organisation.id, `/limit-changes/sync-runs/${runId}`),
        ),
      ),
    );

    expect(foreign).toMatchObject({ status: 404, body: { code: 'sync_run_not_found' } });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'sync_run_not_found' } });
  });

  it('starts one run of five concurrent requests; the others get 429 with Retry-After', async () => {
    const own = await world.organisation();
    const before = world.statusSync.started.length;

    const answers = await Promise.all(
      (['Owner', 'Administrator', 'Developer', 'Owner', 'Administrator'] as const).map((role) =>
        world.call(own.members[role], 'POST', orgPath(own.id, '/limit-changes/sync')),
      ),
    );

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([202, 429, 429, 429, 429]);
    expect(world.statusSync.started.slice(before)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expect(refused.body).toMatchObject({ status: 429, code: 'sync_run_busy' });
      const retryAfter = Number(refused.headers.get('retry-after'));
      // The cooldown (30 s) started with the winner, a moment ago.
      expect(retryAfter).toBeGreaterThanOrEqual(29);
      expect(retryAfter).toBeLessThanOrEqual(30);
    }
  });

  it('runs no sync for an Observer', async () => {
    const own = await world.organisation();

    const answer = await world.call(
      own.members.Observer,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );

    expect(answer).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect(world.statusSync.ranFor).not.toContain(own.id);
  });

  it('answers 502 when the sync cannot be started, logs why, and records the run failed', async () => {
    const own = await world.organisation();
    world.statusSync.failure = new Error('Lambda is unreachable');

    const answer = await world.call(
      own.members.Owner,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );
    world.statusSync.failure = undefined;

    expect(answer).toMatchObject({ status: 502, body: { code: 'status_sync_failed' } });
    expect(answer.body).not.toHaveProperty('detail');
    expect(world.logLines).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringMatching(/unreachable/) }),
    );
    const latest = await new DynamoSyncRunRepository(world.store).latest(own.id);
    expect(latest).toMatchObject({ status: 'failed' });
  });
});
