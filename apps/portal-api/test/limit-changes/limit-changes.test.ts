import {
  LimitChangeService,
  nodeCrypto,
  STATUS_SYNC_ACTOR,
  systemClock,
} from '@devportal/portal-domain';
import { dynamoApiRepositories, dynamoPortalRepositories } from '@devportal/portal-domain/dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
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
  const api = dynamoApiRepositories(world.store);
  const limitChanges = new LimitChangeService({
    ...dynamoPortalRepositories(world.table.client, world.table.tableName),
    ...api,
    clock: systemClock,
    crypto: nodeCrypto,
  });
  // As the status sync does: the record is read before the bank is asked.
  const read = await api.limitChanges.get(organisationId, externalId);
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
  it('runs the status sync for the organisation and answers its report, nothing more', async () => {
    const own = await world.organisation();

    const answer = await world.call(
      own.members.Developer,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );

    expect(answer.status).toBe(200);
    expect(world.statusSync.ranFor.at(-1)).toBe(own.id);
    expect(answer.body).toEqual(world.statusSync.report);
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

  it('answers 502 when the sync cannot run, and logs why', async () => {
    const own = await world.organisation();
    const working = world.statusSync.report;
    world.statusSync.report = { checked: -1 } as never;

    const answer = await world.call(
      own.members.Owner,
      'POST',
      orgPath(own.id, '/limit-changes/sync'),
    );
    world.statusSync.report = working;

    expect(answer).toMatchObject({ status: 502, body: { code: 'status_sync_failed' } });
    expect(answer.body).not.toHaveProperty('detail');
    expect(world.logLines).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringMatching(/report/) }),
    );
  });
});
