import { ForbiddenError, ValidationError } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/index.js';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('audit-trail');

describe('the audit trail', () => {
  it('records who, in which role, did what to what, when and from where', async () => {
    const scene = await portal.scene();
    const administrator = { ...scene.actors.Administrator, sourceIp: '198.51.100.23' };

    await portal.members.changeRole(
      administrator,
      await portal.scope(administrator, scene.organisationId, 'member.changeRole'),
      scene.target.userId,
      'Observer',
    );

    const { items } = await portal.audit.list(
      await portal.scope(scene.actors.Owner, scene.organisationId, 'audit.view'),
      {
        limit: 1,
      },
    );
    expect(items).toEqual([
      {
        id: expect.any(String),
        organisationId: scene.organisationId,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actorUserId: administrator.userId,
        actorRole: 'Administrator',
        action: 'member.role_changed',
        target: { type: 'member', id: scene.target.userId },
        sourceIp: '198.51.100.23',
        details: { from: 'Developer', to: 'Observer' },
      },
    ]);
  });

  it('records every change of an organisation, listed newest first in pages', async () => {
    const scene = await portal.scene();
    const { Owner } = scene.actors;
    await portal.organisations.rename(
      Owner,
      await portal.scope(Owner, scene.organisationId, 'organisation.rename'),
      'Acme',
    );
    await portal.members.remove(
      Owner,
      await portal.scope(Owner, scene.organisationId, 'member.remove'),
      scene.target.userId,
    );

    const actions: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await portal.audit.list(
        await portal.scope(Owner, scene.organisationId, 'audit.view'),
        {
          limit: 3,
          ...(cursor && { cursor }),
        },
      );
      actions.push(...page.items.map((event) => event.action));
      cursor = page.nextCursor;
    } while (cursor);

    expect(actions.slice(0, 2)).toEqual(['member.removed', 'organisation.renamed']);
    expect(actions.at(-1)).toBe('user.registered');
    expect(actions.filter((action) => action === 'invitation.created')).toHaveLength(4);
    expect(actions.filter((action) => action === 'invitation.accepted')).toHaveLength(4);
  });

  it("refuses a cursor pointing into another organisation's partition", async () => {
    const scene = await portal.scene();
    const forged = encodeCursor({ PK: `ORG#${scene.organisationId}`, SK: 'AUDIT#9999' });
    const { actor, testOrganisationId } = await portal.registered();

    await expect(
      portal.audit.list(await portal.scope(actor, testOrganisationId, 'audit.view'), {
        cursor: forged,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('is not shown to Developers or Observers', async () => {
    const scene = await portal.scene();

    await expect(
      portal.scope(scene.actors.Observer, scene.organisationId, 'audit.view'),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
