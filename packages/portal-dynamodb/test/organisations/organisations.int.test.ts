import {
  MAX_ORGANISATION_NAME_LENGTH,
  NotFoundError,
  ValidationError,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/index.js';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('organisations');

describe('organisations', () => {
  it('lets a user create any number of organisations, each listed with the role held', async () => {
    const { actor, testOrganisationId } = await portal.registered();

    const created = await Promise.all(
      ['Acme Payments', 'Acme Treasury', 'Acme Labs'].map((name) =>
        portal.organisations.create(actor, name),
      ),
    );

    const { items: mine } = await portal.organisations.listMine(actor);
    expect(mine.map(({ organisation }) => organisation.id).sort()).toEqual(
      [testOrganisationId, ...created.map(({ id }) => id)].sort(),
    );
    expect(mine.every(({ role }) => role === 'Owner')).toBe(true);
  });

  it('lists an organisation the user joined with the role they were given', async () => {
    const scene = await portal.scene();

    const { items: mine } = await portal.organisations.listMine(scene.actors.Observer);

    expect(mine).toContainEqual(
      expect.objectContaining({
        organisation: expect.objectContaining({ id: scene.organisationId }),
        role: 'Observer',
      }),
    );
  });

  it('refuses an empty name or one longer than the contract allows', async () => {
    const { actor, testOrganisationId } = await portal.registered();
    const longest = 'x'.repeat(MAX_ORGANISATION_NAME_LENGTH);

    await expect(portal.organisations.create(actor, '   ')).rejects.toBeInstanceOf(ValidationError);
    await expect(
      portal.organisations.rename(
        actor,
        await portal.scope(actor, testOrganisationId, 'organisation.rename'),
        `${longest}x`,
      ),
    ).rejects.toMatchObject({ constructor: ValidationError, code: 'invalid_name' });
    await expect(
      portal.organisations.rename(
        actor,
        await portal.scope(actor, testOrganisationId, 'organisation.rename'),
        longest,
      ),
    ).resolves.toMatchObject({ name: longest });
    expect(MAX_ORGANISATION_NAME_LENGTH).toBe(100);
  });

  it('lists my organisations page by page, without repeats', async () => {
    const { actor } = await portal.registered();
    for (const name of ['A', 'B', 'C', 'D']) await portal.organisations.create(actor, name);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await portal.organisations.listMine(actor, {
        limit: 2,
        ...(cursor && { cursor }),
      });
      seen.push(...page.items.map(({ organisation }) => organisation.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual([...seen].sort());
  });

  it("refuses a cursor of another person's organisations", async () => {
    const { actor: mine } = await portal.registered();
    const { actor: theirs } = await portal.registered();
    await portal.organisations.create(theirs, 'Theirs');
    const { nextCursor } = await portal.organisations.listMine(theirs, { limit: 1 });

    await expect(
      portal.organisations.listMine(mine, { ...(nextCursor && { cursor: nextCursor }) }),
    ).rejects.toMatchObject({ code: 'invalid_cursor' });
  });

  it('shows the cabinet with the new name after a rename', async () => {
    const scene = await portal.scene();

    await portal.organisations.rename(
      scene.actors.Administrator,
      await portal.scope(scene.actors.Administrator, scene.organisationId, 'organisation.rename'),
      ' Acme ',
    );

    const cabinet = await portal.organisations.cabinet(
      await portal.scope(scene.actors.Observer, scene.organisationId, 'organisation.view'),
    );
    expect(cabinet.organisation.name).toBe('Acme');
    expect(cabinet.myRole).toBe('Observer');
    expect(cabinet.memberCount).toBe(5);
  });

  it('makes a deleted organisation vanish for every member and removes its data but not its audit trail', async () => {
    const scene = await portal.scene();
    const pending = await portal.invite(
      scene.actors.Owner,
      scene.organisationId,
      portal.person().email,
      'Developer',
    );

    await portal.organisations.delete(
      scene.actors.Owner,
      await portal.scope(scene.actors.Owner, scene.organisationId, 'organisation.delete'),
    );

    for (const member of Object.values(scene.actors)) {
      await expect(
        portal.scope(member, scene.organisationId, 'organisation.view'),
      ).rejects.toBeInstanceOf(NotFoundError);
      const { items: mine } = await portal.organisations.listMine(member);
      expect(mine.map(({ organisation }) => organisation.id)).not.toContain(scene.organisationId);
    }
    await expect(
      portal.invitations.accept(
        { ...scene.outsider, email: pending.invitation.email },
        pending.token,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    const left: string[] = [];
    for await (const item of new DocumentStore(
      portal.table.client,
      portal.table.tableName,
    ).queryAll({
      keyCondition: {
        expression: 'PK = :pk',
        values: { ':pk': `ORG#${scene.organisationId}` },
      },
    })) {
      left.push(String(item.SK));
    }
    expect(left.filter((sortKey) => !sortKey.startsWith('AUDIT#'))).toEqual(['META']);
    expect(left.filter((sortKey) => sortKey.startsWith('AUDIT#')).length).toBeGreaterThan(0);
  });
});
