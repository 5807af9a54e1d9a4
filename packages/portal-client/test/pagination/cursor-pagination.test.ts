import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalProtocolError } from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import { FakePortal } from '../support/fake-portal.js';

const portal = new FakePortal();
beforeAll(() => portal.listen());
afterAll(() => portal.close());

describe('cursor pagination', () => {
  it('for await follows nextCursor through every page', async () => {
    // Prepare
    portal.seed(5);
    const client = clientOf(portal.origin);

    // Act
    const names: string[] = [];
    for await (const organization of client.organizations.list({ limit: 2 })) {
      names.push(organization.name);
    }

    // Assess
    expect(names).toEqual(['Org 1', 'Org 2', 'Org 3', 'Org 4', 'Org 5']);
    expect(portal.requests.map((request) => new URL(request.url, 'http://x').search)).toEqual([
      '?limit=2',
      '?limit=2&cursor=Mg',
      '?limit=2&cursor=NA',
    ]);
  });

  it('gives page-level access: pages(), firstPage() and getNextPage()', async () => {
    // Prepare
    portal.seed(3);
    const client = clientOf(portal.origin);

    // Act
    const sizes: number[] = [];
    for await (const page of client.organizations.list({ limit: 2 }).pages())
      sizes.push(page.items.length);
    const first = await client.organizations.list({ limit: 2 }).firstPage();
    const second = await first.getNextPage();
    const beyond = await second?.getNextPage();

    // Assess
    expect(sizes).toEqual([2, 1]);
    expect([first.hasNextPage(), second?.hasNextPage(), beyond]).toEqual([true, false, undefined]);
    expect(second?.items.map((organization) => organization.name)).toEqual(['Org 3']);
  });

  it('starts from a given cursor, and reads nothing until iterated', async () => {
    // Prepare
    portal.seed(4);
    const client = clientOf(portal.origin);

    // Act
    const list = client.organizations.list({ limit: 3, cursor: 'Mg' });
    const requestsBefore = portal.requests.length;
    const page = await list.firstPage();

    // Assess
    expect(requestsBefore).toBe(0);
    expect(page.items.map((organization) => organization.name)).toEqual(['Org 3', 'Org 4']);
  });

  it('refuses a page that hands back its own cursor, instead of looping for ever', async () => {
    // Prepare
    portal.replies({ status: 200, body: { items: [{ id: 'a' }], nextCursor: 'same' } });
    const client = clientOf(portal.origin);

    // Act
    const read: unknown[] = [];
    const failure = await (async () => {
      for await (const organization of client.organizations.list()) read.push(organization);
    })().catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalProtocolError);
    expect(read).toHaveLength(2);
  });
});
