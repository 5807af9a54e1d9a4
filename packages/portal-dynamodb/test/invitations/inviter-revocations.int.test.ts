import { randomUUID } from 'node:crypto';
import {
  type Actor,
  ConflictError,
  isDomainError,
  REVOCATIONS_PER_TRANSACTION,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('inviter-revocations');

const RACE_ROUNDS = 4;

/** An organisation, its Owner, an Administrator and an invitation that Administrator issued. */
async function plantedScene() {
  const scene = await portal.scene();
  const administrator = scene.actors.Administrator;
  const accomplice = portal.person('accomplice');
  const planted = await portal.invite(
    administrator,
    scene.organisationId,
    accomplice.email,
    'Administrator',
  );
  return { scene, owner: scene.actors.Owner, administrator, accomplice, planted };
}

async function revocationEvents(owner: Actor, organisationId: string) {
  const { items } = await portal.audit.list(
    await portal.scope(owner, organisationId, 'audit.view'),
    { limit: 100 },
  );
  return items.filter((event) => event.action === 'invitation.revoked');
}

describe('invitations an inviter can no longer issue', () => {
  it('are revoked with the removal of their inviter, each with an audit event', async () => {
    // Prepare
    const { scene, owner, administrator, accomplice, planted } = await plantedScene();
    const ownersOwn = await portal.invite(
      owner,
      scene.organisationId,
      'colleague@partner.example',
      'Observer',
    );

    // Act
    await portal.members.remove(
      owner,
      await portal.scope(owner, scene.organisationId, 'member.remove'),
      administrator.userId,
    );

    // Assess
    await expect(portal.invitations.accept(accomplice, planted.token)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'invitation_revoked',
    });
    const { items } = await portal.invitations.list(
      await portal.scope(owner, scene.organisationId, 'member.invite'),
    );
    expect(items.map((invitation) => invitation.id)).toEqual([ownersOwn.invitation.id]);
    const events = await revocationEvents(owner, scene.organisationId);
    expect(events).toEqual([
      expect.objectContaining({
        actorUserId: owner.userId,
        target: { type: 'invitation', id: planted.invitation.id },
        details: expect.objectContaining({
          reason: 'inviter_removed',
          inviter: administrator.userId,
        }),
      }),
    ]);
  });

  it.each(['Developer', 'Observer'] as const)(
    'are revoked when their inviter is demoted to %s',
    async (role) => {
      const { scene, owner, administrator, accomplice, planted } = await plantedScene();

      await portal.members.changeRole(
        owner,
        await portal.scope(owner, scene.organisationId, 'member.changeRole'),
        administrator.userId,
        role,
      );

      await expect(portal.invitations.accept(accomplice, planted.token)).rejects.toMatchObject({
        code: 'invitation_revoked',
      });
      const events = await revocationEvents(owner, scene.organisationId);
      expect(events.map((event) => event.details.reason)).toEqual(['inviter_demoted']);
    },
  );

  it('are revoked when their inviter leaves', async () => {
    const { scene, owner, administrator, accomplice, planted } = await plantedScene();

    await portal.members.leave(
      administrator,
      await portal.enter(administrator, scene.organisationId),
    );

    await expect(portal.invitations.accept(accomplice, planted.token)).rejects.toMatchObject({
      code: 'invitation_revoked',
    });
    const events = await revocationEvents(owner, scene.organisationId);
    expect(events.map((event) => event.details.reason)).toEqual(['inviter_left']);
  });

  it('stay valid when their inviter keeps the right to invite (the Owner handing over ownership)', async () => {
    const { scene, owner } = await plantedScene();
    const invitee = portal.person('invitee');
    const { token } = await portal.invite(owner, scene.organisationId, invitee.email, 'Developer');

    await portal.members.transferOwnership(
      owner,
      await portal.scope(owner, scene.organisationId, 'organisation.transferOwnership'),
      scene.target.userId,
    );

    await expect(portal.invitations.accept(invitee, token)).resolves.toMatchObject({
      role: 'Developer',
    });
    await expect(revocationEvents(scene.target, scene.organisationId)).resolves.toEqual([]);
  });

  it('are all revoked, beyond what one transaction holds', async () => {
    const { scene, owner, administrator } = await plantedScene();
    const many = REVOCATIONS_PER_TRANSACTION + 3;
    await Promise.all(
      Array.from({ length: many - 1 }, (_, i) =>
        portal.invite(administrator, scene.organisationId, `bulk-${i}@partner.example`, 'Observer'),
      ),
    );

    await portal.members.remove(
      owner,
      await portal.scope(owner, scene.organisationId, 'member.remove'),
      administrator.userId,
    );

    await expect(
      portal.invitations.list(await portal.scope(owner, scene.organisationId, 'member.invite'), {
        limit: 100,
      }),
    ).resolves.toEqual({ items: [] });
    await expect(revocationEvents(owner, scene.organisationId)).resolves.toHaveLength(many);
  });

  it('admit nobody when the inviter lost the right without the revocation (issued while the removal was in flight)', async () => {
    // Prepare: the removal commits without the invitation it could not have read yet
    const { scene, owner, administrator, accomplice, planted } = await plantedScene();
    const membership = await portal.dependencies.members.get(
      scene.organisationId,
      administrator.userId,
    );
    if (!membership) throw new Error('the Administrator is a member');
    await portal.dependencies.members.remove(membership, {
      audit: {
        id: randomUUID(),
        organisationId: scene.organisationId,
        at: portal.clock.now().toISOString(),
        actorUserId: owner.userId,
        actorRole: 'Owner',
        action: 'member.removed',
        target: { type: 'member', id: administrator.userId },
        sourceIp: owner.sourceIp,
        details: {},
      },
    });

    // Act
    const accepting = portal.invitations.accept(accomplice, planted.token);

    // Assess
    await expect(accepting).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'inviter_no_longer_entitled',
    });
    expect(Object.keys(await portal.rolesIn(scene.organisationId))).not.toContain(
      accomplice.userId,
    );
  });

  it.each(Array.from({ length: RACE_ROUNDS }, (_, i) => i + 1))(
    'racing the removal of their inviter, never both commit (round %i)',
    async () => {
      const { scene, owner, administrator, accomplice, planted } = await plantedScene();
      const { members, invitations } = portal.racing(2);

      const [removal, acceptance] = await Promise.allSettled([
        members.remove(
          owner,
          await portal.scope(owner, scene.organisationId, 'member.remove'),
          administrator.userId,
        ),
        invitations.accept(accomplice, planted.token),
      ]);

      expect([removal.status, acceptance.status]).not.toEqual(['fulfilled', 'fulfilled']);
      for (const outcome of [removal, acceptance]) {
        if (outcome.status === 'rejected') expect(isDomainError(outcome.reason)).toBe(true);
      }
      const roles = await portal.rolesIn(scene.organisationId);
      if (removal.status === 'fulfilled') expect(roles).not.toHaveProperty(accomplice.userId);
    },
  );
});
