import {
  AuditRecorder,
  ConflictError,
  ForbiddenError,
  type Membership,
  NotFoundError,
  rolesAllowedTo,
  ValidationError,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('members');

describe('members', () => {
  it('transfers ownership: the new Owner is the only Owner and the old one an Administrator', async () => {
    const scene = await portal.scene();

    const newOwner = await portal.members.transferOwnership(
      scene.actors.Owner,
      await portal.scope(
        scene.actors.Owner,
        scene.organisationId,
        'organisation.transferOwnership',
      ),
      scene.actors.Developer.userId,
    );

    expect(newOwner).toMatchObject({
      organisationId: scene.organisationId,
      userId: scene.actors.Developer.userId,
      email: scene.actors.Developer.email,
      role: 'Owner',
    });
    expect(await portal.dependencies.members.get(scene.organisationId, newOwner.userId)).toEqual(
      newOwner,
    );

    const roles = await portal.rolesIn(scene.organisationId);
    expect(roles[scene.actors.Developer.userId]).toBe('Owner');
    expect(roles[scene.actors.Owner.userId]).toBe('Administrator');
    expect(Object.values(roles).filter((role) => role === 'Owner')).toHaveLength(1);
    const cabinet = await portal.organisations.cabinet(
      await portal.scope(scene.target, scene.organisationId, 'organisation.view'),
    );
    expect(cabinet.organisation.ownerUserId).toBe(scene.actors.Developer.userId);
  });

  it('lets an Administrator change the Owner, demoting the old Owner to Administrator', async () => {
    const scene = await portal.scene();

    await portal.members.transferOwnership(
      scene.actors.Administrator,
      await portal.scope(
        scene.actors.Administrator,
        scene.organisationId,
        'organisation.transferOwnership',
      ),
      scene.target.userId,
    );

    const roles = await portal.rolesIn(scene.organisationId);
    expect(roles[scene.target.userId]).toBe('Owner');
    expect(roles[scene.actors.Owner.userId]).toBe('Administrator');
  });

  it('refuses to transfer ownership to the Owner or to a non-member', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;

    await expect(
      portal.members.transferOwnership(
        Administrator,
        await portal.scope(Administrator, scene.organisationId, 'organisation.transferOwnership'),
        Owner.userId,
      ),
    ).rejects.toMatchObject({ code: 'already_the_owner' });
    await expect(
      portal.members.transferOwnership(
        Owner,
        await portal.scope(Owner, scene.organisationId, 'organisation.transferOwnership'),
        scene.outsider.userId,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never demotes or removes the Owner, and grants the Owner role by no other way than a transfer', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;

    await expect(
      portal.members.changeRole(
        Administrator,
        await portal.scope(Administrator, scene.organisationId, 'member.changeRole'),
        Owner.userId,
        'Developer',
      ),
    ).rejects.toMatchObject({ constructor: ConflictError, code: 'owner_cannot_be_demoted' });
    await expect(
      portal.members.remove(
        Administrator,
        await portal.scope(Administrator, scene.organisationId, 'member.remove'),
        Owner.userId,
      ),
    ).rejects.toMatchObject({ constructor: ConflictError, code: 'owner_cannot_be_removed' });
    await expect(
      portal.members.changeRole(
        Owner,
        await portal.scope(Owner, scene.organisationId, 'member.changeRole'),
        scene.target.userId,
        'Owner',
      ),
    ).rejects.toMatchObject({ constructor: ValidationError, code: 'invalid_role' });
    expect((await portal.rolesIn(scene.organisationId))[Owner.userId]).toBe('Owner');
  });

  it('changes a role and removes a member', async () => {
    const scene = await portal.scene();
    const { Administrator, Developer } = scene.actors;

    const changed = await portal.members.changeRole(
      Administrator,
      await portal.scope(Administrator, scene.organisationId, 'member.changeRole'),
      scene.target.userId,
      'Observer',
    );
    await portal.members.remove(
      Administrator,
      await portal.scope(Administrator, scene.organisationId, 'member.remove'),
      Developer.userId,
    );

    expect(changed.role).toBe('Observer');
    const roles = await portal.rolesIn(scene.organisationId);
    expect(roles[scene.target.userId]).toBe('Observer');
    expect(roles).not.toHaveProperty(Developer.userId);
    await expect(
      portal.scope(Developer, scene.organisationId, 'organisation.view'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets any other member leave, but not the Owner, and not the last member', async () => {
    const scene = await portal.scene();
    const { actor: loner, testOrganisationId } = await portal.registered();

    await portal.members.leave(
      scene.actors.Observer,
      await portal.enter(scene.actors.Observer, scene.organisationId),
    );

    expect(await portal.rolesIn(scene.organisationId)).not.toHaveProperty(
      scene.actors.Observer.userId,
    );
    await expect(
      portal.members.leave(
        scene.actors.Owner,
        await portal.enter(scene.actors.Owner, scene.organisationId),
      ),
    ).rejects.toMatchObject({ code: 'owner_must_transfer_before_leaving' });
    await expect(
      portal.members.leave(loner, await portal.enter(loner, testOrganisationId)),
    ).rejects.toMatchObject({
      code: 'last_member_cannot_leave',
    });
    await expect(portal.rolesIn(testOrganisationId)).resolves.toEqual({ [loner.userId]: 'Owner' });
  });

  it('lists the members page by page, each with the name they joined with', async () => {
    const scene = await portal.scene();
    const named = await portal.join(scene.actors.Owner, scene.organisationId, 'Observer', 'named');

    const members: Membership[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await portal.members.list(
        await portal.scope(scene.actors.Observer, scene.organisationId, 'organisation.view'),
        {
          limit: 2,
          ...(cursor && { cursor }),
        },
      );
      members.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(members.map((member) => member.userId)).toEqual(
      members.map((member) => member.userId).sort(),
    );
    expect(members).toHaveLength(6);
    expect(members.find((member) => member.userId === named.userId)?.name).toBe(named.name);
    const owner = members.find((member) => member.role === 'Owner');
    expect(owner?.name).toBe(scene.actors.Owner.name);
  });

  it('refuses a cursor forged for another organisation', async () => {
    const scene = await portal.scene();
    const other = await portal.scene();
    const { nextCursor } = await portal.members.list(
      await portal.scope(other.actors.Owner, other.organisationId, 'organisation.view'),
      {
        limit: 1,
      },
    );

    await expect(
      portal.members.list(
        await portal.scope(scene.actors.Owner, scene.organisationId, 'organisation.view'),
        {
          limit: 1,
          ...(nextCursor && { cursor: nextCursor }),
        },
      ),
    ).rejects.toMatchObject({ constructor: ValidationError, code: 'invalid_cursor' });
  });

  it('refuses at commit a change whose actor lost the role after being authorised', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;
    const { members, clock, crypto } = portal.dependencies;
    const target = await members.get(scene.organisationId, scene.target.userId);
    if (!target) throw new Error('the scene has a target');
    const audit = new AuditRecorder(clock, crypto).record(Administrator, {
      organisationId: scene.organisationId,
      actorRole: 'Administrator',
      action: 'member.removed',
      target: { type: 'member', id: target.userId },
    });
    await portal.members.changeRole(
      Owner,
      await portal.scope(Owner, scene.organisationId, 'member.changeRole'),
      Administrator.userId,
      'Observer',
    );

    const commit = members.remove(target, {
      audit,
      actorMustHold: rolesAllowedTo('member.remove'),
    });

    await expect(commit).rejects.toBeInstanceOf(ForbiddenError);
    expect((await portal.rolesIn(scene.organisationId))[target.userId]).toBe('Developer');
  });
});
