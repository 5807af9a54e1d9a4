import { isDomainError } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('races');

const REPETITIONS = 5;
const rounds = Array.from({ length: REPETITIONS }, (_, round) => round + 1);

/** Settles racing attempts and checks exactly one won and every loser was refused by a domain rule. */
async function exactlyOneWins(attempts: Promise<unknown>[]): Promise<number> {
  const outcomes = await Promise.allSettled(attempts);
  const winners = outcomes.flatMap((outcome, index) =>
    outcome.status === 'fulfilled' ? [index] : [],
  );
  const losers = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected' ? [outcome.reason] : [],
  );
  expect(winners).toHaveLength(1);
  for (const reason of losers) expect(isDomainError(reason), String(reason)).toBe(true);
  return winners[0] ?? -1;
}

describe('races against the real DynamoDB Local', () => {
  it.each(rounds)('two concurrent ownership transfers: exactly one wins (round %i)', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator, Developer } = scene.actors;
    const candidates = [Developer, scene.target];

    const { members } = portal.racing(2);

    const winner = await exactlyOneWins([
      members.transferOwnership(
        Owner,
        await portal.scope(Owner, scene.organisationId, 'organisation.transferOwnership'),
        Developer.userId,
      ),
      members.transferOwnership(
        Administrator,
        await portal.scope(Administrator, scene.organisationId, 'organisation.transferOwnership'),
        scene.target.userId,
      ),
    ]);

    const roles = await portal.rolesIn(scene.organisationId);
    const owners = Object.keys(roles).filter((userId) => roles[userId] === 'Owner');
    expect(owners).toEqual([candidates[winner]?.userId]);
    expect(roles[Owner.userId]).toBe('Administrator');
    expect(roles[candidates[1 - winner]?.userId ?? '']).toBe('Developer');
    const cabinet = await portal.organisations.cabinet(
      await portal.scope(Owner, scene.organisationId, 'organisation.view'),
    );
    expect(cabinet.organisation.ownerUserId).toBe(owners[0]);
  });

  it.each(rounds)('two accepts of one invitation: exactly one wins (round %i)', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const invitee = portal.person();
    const { token } = await portal.invite(owner, testOrganisationId, invitee.email, 'Developer');

    const { invitations } = portal.racing(2);

    await exactlyOneWins([invitations.accept(invitee, token), invitations.accept(invitee, token)]);

    await expect(portal.rolesIn(testOrganisationId)).resolves.toEqual({
      [owner.userId]: 'Owner',
      [invitee.userId]: 'Developer',
    });
    await expect(
      portal.invitations.list(await portal.scope(owner, testOrganisationId, 'member.invite')),
    ).resolves.toEqual({
      items: [],
    });
  });

  it.each(rounds)('a role change racing a removal: exactly one wins (round %i)', async () => {
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;

    const { members } = portal.racing(2);

    const winner = await exactlyOneWins([
      members.changeRole(
        Owner,
        await portal.scope(Owner, scene.organisationId, 'member.changeRole'),
        scene.target.userId,
        'Observer',
      ),
      members.remove(
        Administrator,
        await portal.scope(Administrator, scene.organisationId, 'member.remove'),
        scene.target.userId,
      ),
    ]);

    const roles = await portal.rolesIn(scene.organisationId);
    if (winner === 0) expect(roles[scene.target.userId]).toBe('Observer');
    else expect(roles).not.toHaveProperty(scene.target.userId);
    expect(Object.values(roles).filter((role) => role === 'Owner')).toHaveLength(1);
  });

  it('leaves no invitation token in plaintext in the table', async () => {
    await expect(
      portal.secrets.findPlaintext(portal.table.client, portal.table.tableName),
    ).resolves.toEqual([]);
  });
});
