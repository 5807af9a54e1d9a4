import {
  ConflictError,
  can,
  DEFAULT_INVITATION_LIFETIME_MS,
  ForbiddenError,
  NotFoundError,
  ROLES,
  ValidationError,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('invitations');

const TOKEN_BITS = 256;

describe('invitations', () => {
  it('issues a token of at least 256 random bits and lets the invited address join with it', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const invitee = portal.person('newcomer');

    const { token, invitation } = await portal.invite(
      owner,
      testOrganisationId,
      invitee.email,
      'Observer',
    );
    await portal.registration.register(invitee);
    const membership = await portal.invitations.accept(invitee, token);

    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(TOKEN_BITS);
    expect(invitation).not.toHaveProperty('tokenHash');
    expect(membership).toMatchObject({ organisationId: testOrganisationId, role: 'Observer' });
    expect((await portal.rolesIn(testOrganisationId))[invitee.userId]).toBe('Observer');
  });

  it('refuses to invite anyone as Owner, or an address that is not one', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();

    await expect(
      portal.invite(owner, testOrganisationId, 'someone@partner.example', 'Owner'),
    ).rejects.toMatchObject({ constructor: ValidationError, code: 'invalid_role' });
    await expect(
      portal.invite(owner, testOrganisationId, 'not an address', 'Developer'),
    ).rejects.toMatchObject({ constructor: ValidationError, code: 'invalid_email' });
  });

  it('is accepted only by the invited address, compared without regard to case', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const invitee = portal.person('invitee');
    const { token } = await portal.invite(
      owner,
      testOrganisationId,
      invitee.email.toUpperCase(),
      'Developer',
    );

    await expect(portal.invitations.accept(portal.person('intruder'), token)).rejects.toMatchObject(
      {
        constructor: ForbiddenError,
        code: 'invitation_for_another_address',
      },
    );
    await expect(
      portal.invitations.accept({ ...invitee, email: ` ${invitee.email.toUpperCase()} ` }, token),
    ).resolves.toMatchObject({ role: 'Developer' });
  });

  it('is single use', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const invitee = portal.person();
    const { token } = await portal.invite(owner, testOrganisationId, invitee.email, 'Developer');
    await portal.invitations.accept(invitee, token);

    await expect(portal.invitations.accept(invitee, token)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('expires', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const invitee = portal.person();
    const { token } = await portal.invite(owner, testOrganisationId, invitee.email, 'Developer');

    portal.clock.advance(DEFAULT_INVITATION_LIFETIME_MS);

    await expect(portal.invitations.accept(invitee, token)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'invitation_expired',
    });
    await expect(
      portal.invitations.list(await portal.scope(owner, testOrganisationId, 'member.invite')),
    ).resolves.toEqual({
      items: [],
    });
  });

  it('can be revoked, after which it no longer admits anyone', async () => {
    const scene = await portal.scene();
    const invitee = portal.person();
    const { token, invitation } = await portal.invite(
      scene.actors.Administrator,
      scene.organisationId,
      invitee.email,
      'Developer',
    );

    await portal.invitations.revoke(
      scene.actors.Owner,
      await portal.scope(scene.actors.Owner, scene.organisationId, 'member.invite'),
      invitation.id,
    );

    await expect(portal.invitations.accept(invitee, token)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'invitation_revoked',
    });
    await expect(
      portal.invitations.revoke(
        scene.actors.Owner,
        await portal.scope(scene.actors.Owner, scene.organisationId, 'member.invite'),
        invitation.id,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      portal.invitations.list(
        await portal.scope(scene.actors.Owner, scene.organisationId, 'member.invite'),
      ),
    ).resolves.toEqual({ items: [] });
  });

  it('refuses someone who is a member already, and keeps the invitation', async () => {
    const scene = await portal.scene();
    const { token } = await portal.invite(
      scene.actors.Owner,
      scene.organisationId,
      scene.actors.Observer.email,
      'Administrator',
    );

    await expect(portal.invitations.accept(scene.actors.Observer, token)).rejects.toMatchObject({
      code: 'already_a_member',
    });
    const { items } = await portal.invitations.list(
      await portal.scope(scene.actors.Owner, scene.organisationId, 'member.invite'),
    );
    expect(items).toHaveLength(1);
  });

  it.each(ROLES)(
    'lists the pending invitations to a %s only if they may invite (the spec: member.invite)',
    async (role) => {
      const scene = await portal.scene();
      await portal.invite(
        scene.actors.Owner,
        scene.organisationId,
        portal.person().email,
        'Observer',
      );

      const listing = portal
        .scope(scene.actors[role], scene.organisationId, 'member.invite')
        .then((scope) => portal.invitations.list(scope));

      if (can(role, 'member.invite')) {
        const { items } = await listing;
        expect(items).toHaveLength(1);
        expect(JSON.stringify(items)).not.toMatch(/token/i);
      } else {
        await expect(listing).rejects.toBeInstanceOf(ForbiddenError);
      }
    },
  );

  it('lists invitations page by page, leaving out expired ones', async () => {
    const { actor: owner, testOrganisationId } = await portal.registered();
    const expired = await portal.invite(
      owner,
      testOrganisationId,
      'old@partner.example',
      'Observer',
    );
    portal.clock.advance(DEFAULT_INVITATION_LIFETIME_MS);
    const pending = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        portal.invite(owner, testOrganisationId, `${name}@partner.example`, 'Developer'),
      ),
    );

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await portal.invitations.list(
        await portal.scope(owner, testOrganisationId, 'member.invite'),
        {
          limit: 2,
          ...(cursor && { cursor }),
        },
      );
      seen.push(...page.items.map((invitation) => invitation.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen.sort()).toEqual(pending.map(({ invitation }) => invitation.id).sort());
    expect(seen).not.toContain(expired.invitation.id);
  });

  it('leaves no invitation token in plaintext in the table', async () => {
    expect(portal.secrets.size).toBeGreaterThan(5);

    await expect(
      portal.secrets.findPlaintext(portal.table.client, portal.table.tableName),
    ).resolves.toEqual([]);
  });
});
