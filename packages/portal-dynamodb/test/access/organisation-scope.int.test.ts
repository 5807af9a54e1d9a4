import {
  ForbiddenError,
  InvitationService,
  MemberService,
  OrganisationAccess,
  OrganisationService,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { countingAccessReads } from '../support/counting-access-reads.js';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('organisation-scope');

/** The portal's services and the access module on storage whose single-item reads are counted. */
function countingServices() {
  const { reads, deps } = countingAccessReads(portal.dependencies);
  return {
    reads,
    access: new OrganisationAccess(deps.organisations, deps.members),
    organisations: new OrganisationService(deps),
    members: new MemberService(deps),
    invitations: new InvitationService(deps),
  };
}

describe('organisation scopes', () => {
  it('are read once, by the access module: the services given one read neither again', async () => {
    const scene = await portal.scene();
    const { Administrator } = scene.actors;
    const services = countingServices();

    const viewer = await services.access.authorise(
      Administrator,
      scene.organisationId,
      'organisation.view',
    );
    const inviter = await services.access.authorise(
      Administrator,
      scene.organisationId,
      'member.invite',
    );
    expect(services.reads).toEqual({ organisations: 2, members: 2 });
    await services.organisations.cabinet(viewer);
    await services.members.list(viewer, { limit: 2 });
    await services.invitations.list(inviter);
    await services.invitations.invite(Administrator, inviter, portal.person().email, 'Observer');

    expect(services.reads).toEqual({ organisations: 2, members: 2 });
  });

  it('carry the action the role matrix allowed, and are refused one it does not', async () => {
    const scene = await portal.scene();
    const { Developer } = scene.actors;

    const scope = await portal.scope(Developer, scene.organisationId, 'organisation.view');

    expect(scope).toMatchObject({
      organisation: { id: scene.organisationId },
      membership: { userId: Developer.userId, role: 'Developer' },
      action: 'organisation.view',
    });
    await expect(
      portal.scope(Developer, scene.organisationId, 'member.remove'),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuse at commit a change by an actor demoted after their scope was authorised', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;
    const staleRemoval = await portal.scope(Administrator, scene.organisationId, 'member.remove');
    const staleRename = await portal.scope(
      Administrator,
      scene.organisationId,
      'organisation.rename',
    );
    await portal.members.changeRole(
      Owner,
      await portal.scope(Owner, scene.organisationId, 'member.changeRole'),
      Administrator.userId,
      'Observer',
    );

    await expect(
      portal.members.remove(Administrator, staleRemoval, scene.target.userId),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      portal.organisations.rename(Administrator, staleRename, 'Taken over'),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await portal.rolesIn(scene.organisationId))[scene.target.userId]).toBe('Developer');
    const cabinet = await portal.organisations.cabinet(
      await portal.scope(Owner, scene.organisationId, 'organisation.view'),
    );
    expect(cabinet.organisation.name).not.toBe('Taken over');
  });

  it("refuse at commit a change by an actor handed someone else's scope", async () => {
    const scene = await portal.scene();
    const ownersScope = await portal.scope(
      scene.actors.Owner,
      scene.organisationId,
      'organisation.delete',
    );

    const borrowed = portal.organisations.delete(scene.actors.Observer, ownersScope);

    await expect(borrowed).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      portal.organisations.cabinet(
        await portal.scope(scene.actors.Owner, scene.organisationId, 'organisation.view'),
      ),
    ).resolves.toMatchObject({ memberCount: 5 });
  });
});
