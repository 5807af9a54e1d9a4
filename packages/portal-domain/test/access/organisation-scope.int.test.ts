import { describe, expect, it } from 'vitest';
import {
  type Actor,
  ForbiddenError,
  InvitationService,
  MemberService,
  OrganisationAccess,
  type OrganisationScope,
  OrganisationService,
} from '../../src/index.js';
import { countingAccessReads } from '../support/counting-access-reads.js';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('organisation-scope');

/** The portal's services on storage whose single-item reads are counted, by repository. */
function countingServices() {
  const { reads, deps } = countingAccessReads(portal.dependencies);
  return {
    reads,
    organisations: new OrganisationService(deps),
    members: new MemberService(deps),
    invitations: new InvitationService(deps),
  };
}

/** What a gate in front of the services resolves once per request. */
function gateScope(actor: Actor, organisationId: string): Promise<OrganisationScope> {
  const { organisations, members } = portal.dependencies;
  return new OrganisationAccess(organisations, members).enter(actor, organisationId);
}

describe('services given the scope a gate resolved', () => {
  it('read neither the organisation nor the membership again', async () => {
    const scene = await portal.scene();
    const { Administrator } = scene.actors;
    const scope = await gateScope(Administrator, scene.organisationId);
    const services = countingServices();

    await services.organisations.cabinet(Administrator, scope);
    await services.members.list(Administrator, scope, { limit: 2 });
    await services.invitations.list(Administrator, scope);
    await services.invitations.invite(Administrator, scope, portal.person().email, 'Observer');

    expect(services.reads).toEqual({ organisations: 0, members: 0 });
  });

  it('read both when given the organisation id alone', async () => {
    const scene = await portal.scene();
    const services = countingServices();

    await services.members.list(scene.actors.Observer, scene.organisationId);

    expect(services.reads).toEqual({ organisations: 1, members: 1 });
  });

  it('still apply the role matrix to the scope', async () => {
    const scene = await portal.scene();
    const { Developer } = scene.actors;
    const scope = await gateScope(Developer, scene.organisationId);

    await expect(
      portal.members.remove(Developer, scope, scene.target.userId),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await portal.rolesIn(scene.organisationId))[scene.target.userId]).toBe('Developer');
  });

  it('refuse at commit a change by an actor demoted after the gate resolved their scope', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;
    const stale = await gateScope(Administrator, scene.organisationId);
    await portal.members.changeRole(Owner, scene.organisationId, Administrator.userId, 'Observer');

    await expect(
      portal.members.remove(Administrator, stale, scene.target.userId),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      portal.organisations.rename(Administrator, stale, 'Taken over'),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await portal.rolesIn(scene.organisationId))[scene.target.userId]).toBe('Developer');
    const cabinet = await portal.organisations.cabinet(Owner, scene.organisationId);
    expect(cabinet.organisation.name).not.toBe('Taken over');
  });

  it("refuse a scope resolved for someone else as a programming error, not as the other's role", async () => {
    const scene = await portal.scene();
    const ownersScope = await gateScope(scene.actors.Owner, scene.organisationId);

    const borrowed = portal.organisations.delete(scene.actors.Observer, ownersScope);

    await expect(borrowed).rejects.toThrow(/another actor/);
    await expect(
      portal.organisations.cabinet(scene.actors.Owner, scene.organisationId),
    ).resolves.toMatchObject({ memberCount: 5 });
  });
});
