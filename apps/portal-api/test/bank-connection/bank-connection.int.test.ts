import { beforeAll, describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import {
  COMPLETION_PATH,
  type PortalApiWorld,
  SITE_CALLBACK_PATH,
  type TestOrganisation,
  usePortalApi,
} from '../support/portal-api-world.js';
import type { TestPerson } from '../support/test-identity.js';

const world: PortalApiWorld = usePortalApi('portal-api-bank');
let organisation: TestOrganisation;

beforeAll(async () => {
  organisation = await world.organisation();
});

/** Starts an authorization as the Owner; returns the authorize URL's `state`. */
async function start(scopes?: string[]) {
  const answer = await world.call(
    organisation.members.Owner,
    'POST',
    orgPath(organisation.id, '/bank-connection/authorization'),
    scopes ? { body: { scopes } } : {},
  );
  expect(answer.status).toBe(201);
  const authorizeUrl = new URL(answer.body.authorizeUrl);
  return { authorizeUrl, state: authorizeUrl.searchParams.get('state') ?? '' };
}

/** What the bank's redirect to the site's callback page carries. */
type Callback = Record<string, string>;

/** The browser at SberBusiness ID: consent, then the redirect back to the site's callback page. */
async function consent(authorizeUrl: URL): Promise<Callback> {
  const redirect = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? '');
  expect(location.pathname).toBe(SITE_CALLBACK_PATH);
  return Object.fromEntries(location.searchParams);
}

/** The callback page posting what the bank sent, as `person`. */
function complete(person: TestPerson | undefined, callback: Callback) {
  return world.call(person, 'POST', COMPLETION_PATH, { body: callback });
}

describe('connecting the bank through SberBusiness ID (the bank sandbox)', () => {
  it('exchanges the code and stores the connection, once per state', async () => {
    const { authorizeUrl, state } = await start(['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS']);
    world.witness.remember('the authorization state', state);
    const callback = await consent(authorizeUrl);

    const completed = await complete(organisation.members.Owner, callback);
    const replayed = await complete(organisation.members.Owner, callback);
    const seenByObserver = await world.call(
      organisation.members.Observer,
      'GET',
      orgPath(organisation.id, '/bank-connection'),
    );

    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({
      organizationId: organisation.id,
      connection: { status: 'connected', connectedBy: organisation.members.Owner.userId },
    });
    expect(completed.body.connection.scopes).toEqual(
      expect.arrayContaining(['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS']),
    );
    expect(replayed).toMatchObject({ status: 404, body: { code: 'bank_authorization_not_found' } });
    expect(seenByObserver.body.status).toBe('connected');
    expect(JSON.stringify(seenByObserver.body)).not.toMatch(/token"/i);
    expect(await world.witness.findPlaintext(world.table.client, world.table.tableName)).toEqual(
      [],
    );
  });

  it('connects nothing for anyone but the person who started it, and leaves them the state', async () => {
    const own = await world.organisation();
    const started = await world.call(
      own.members.Owner,
      'POST',
      orgPath(own.id, '/bank-connection/authorization'),
    );
    const callback = await consent(new URL(started.body.authorizeUrl));
    const path = orgPath(own.id, '/bank-connection');

    const byColleague = await complete(own.members.Administrator, callback);
    const byStranger = await complete(organisation.members.Owner, callback);
    const anonymously = await complete(undefined, callback);
    const statusMeanwhile = await world.call(own.members.Owner, 'GET', path);
    const byStarter = await complete(own.members.Owner, callback);

    for (const refused of [byColleague, byStranger]) {
      expect(refused).toMatchObject({
        status: 404,
        body: { code: 'bank_authorization_not_found' },
      });
    }
    expect(anonymously.status).toBe(401);
    expect(statusMeanwhile.body).toEqual({ status: 'not_connected' });
    expect(byStarter).toMatchObject({ status: 200, body: { organizationId: own.id } });
  });

  it('answers 502 when the bank refuses consent or the code', async () => {
    const declined = await start();
    const forged = await start();
    const owner = organisation.members.Owner;

    const [refusal, badCode] = await Promise.all([
      complete(owner, { state: declined.state, error: 'access_denied' }),
      complete(owner, { state: forged.state, code: 'not-a-code' }),
    ]);

    expect(refusal).toMatchObject({ status: 502, body: { code: 'bank_authorization_refused' } });
    expect(refusal.body.detail).toContain('access_denied');
    expect(badCode).toMatchObject({ status: 502, body: { code: 'bank_authorization_refused' } });
  });

  it('answers 404 to an unknown state and 400 to a malformed one', async () => {
    const owner = organisation.members.Owner;
    const [unknown, malformed] = await Promise.all([
      complete(owner, { state: 'a'.repeat(43), code: 'x' }),
      complete(owner, { state: 'short', code: 'x' }),
    ]);

    expect(unknown.status).toBe(404);
    expect(malformed.body.errors).toEqual([{ field: 'body.state', message: expect.any(String) }]);
  });

  it('answers 403 when the person who started it may no longer manage the connection', async () => {
    const own = await world.organisation();
    const started = await world.call(
      own.members.Administrator,
      'POST',
      orgPath(own.id, '/bank-connection/authorization'),
    );
    const callback = await consent(new URL(started.body.authorizeUrl));
    await world.call(
      own.members.Owner,
      'PATCH',
      orgPath(own.id, `/members/${own.members.Administrator.userId}`),
      {
        body: { role: 'Developer' },
      },
    );

    const completed = await complete(own.members.Administrator, callback);
    const status = await world.call(own.members.Owner, 'GET', orgPath(own.id, '/bank-connection'));

    expect(completed).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect(status.body).toEqual({ status: 'not_connected' });
  });

  it('forgets the tokens on disconnect', async () => {
    const { authorizeUrl } = await start();
    await complete(organisation.members.Owner, await consent(authorizeUrl));
    const path = orgPath(organisation.id, '/bank-connection');

    const disconnected = await world.call(organisation.members.Administrator, 'DELETE', path);
    const after = await world.call(organisation.members.Owner, 'GET', path);

    expect(disconnected.status).toBe(204);
    expect(after.body).toEqual({ status: 'not_connected' });
  });
});
