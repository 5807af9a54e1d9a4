import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/index.js';
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

    const mine = await portal.organisations.listMine(actor);
    expect(mine.map(({ organisation }) => organisation.id).sort()).toEqual(
      [testOrganisationId, ...created.map(({ id }) => id)].sort(),
    );
    expect(mine.every(({ role }) => role === 'Owner')).toBe(true);
  });

  it('lists an organisation the user joined with the role they were given', async () => {
    const scene = await portal.scene();

    const mine = await portal.organisations.listMine(scene.actors.Observer);

    expect(mine).toContainEqual(
      expect.objectContaining({
        organisation: expect.objectContaining({ id: scene.organisationId }),
        role: 'Observer',
      }),
    );
  });

  it('refuses an empty or overlong name', async () => {
    const { actor, testOrganisationId } = await portal.registered();

    await expect(portal.organisations.create(actor, '   ')).rejects.toBeInstanceOf(ValidationError);
    await expect(
      portal.organisations.rename(actor, testOrganisationId, 'x'.repeat(201)),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('shows the cabinet with the new name after a rename', async () => {
    const scene = await portal.scene();

    await portal.organisations.rename(scene.actors.Administrator, scene.organisationId, ' Acme ');

    const cabinet = await portal.organisations.cabinet(scene.actors.Observer, scene.organisationId);
    expect(cabinet.organisation.name).toBe('Acme');
    expect(cabinet.myRole).toBe('Observer');
    expect(cabinet.members.filter((member) => member.role === 'Owner')).toHaveLength(1);
  });

  it('makes a deleted organisation vanish for every member and removes its data but not its audit trail', async () => {
    const scene = await portal.scene();
    const pending = await portal.invite(
      scene.actors.Owner,
      scene.organisationId,
      portal.person().email,
      'Developer',
    );

    await portal.organisations.delete(scene.actors.Owner, scene.organisationId);

    for (const member of Object.values(scene.actors)) {
      await expect(
        portal.organisations.cabinet(member, scene.organisationId),
      ).rejects.toBeInstanceOf(NotFoundError);
      const mine = await portal.organisations.listMine(member);
      expect(mine.map(({ organisation }) => organisation.id)).not.toContain(scene.organisationId);
    }
    await expect(
      portal.invitations.accept(
        { ...scene.outsider, email: pending.invitation.email },
        pending.token,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    const { Items = [] } = await portal.table.client.send(
      new QueryCommand({
        TableName: portal.table.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': { S: `ORG#${scene.organisationId}` } },
      }),
    );
    const left = Items.map((item) => item.SK?.S ?? '');
    expect(left.filter((sortKey) => !sortKey.startsWith('AUDIT#'))).toEqual(['META']);
    expect(left.filter((sortKey) => sortKey.startsWith('AUDIT#')).length).toBeGreaterThan(0);
  });
});
