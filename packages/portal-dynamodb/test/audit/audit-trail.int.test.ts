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
        actorEmail: administrator.email,
        actorName: administrator.name,
        actorRole: 'Administrator',
        action: 'member.role_changed',
        target: { type: 'member', id: scene.target.userId },
        sourceIp: '198.51.100.23',
        details: { from: 'Developer', to: 'Observer', email: scene.target.email },
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

  it('lists only the events of the actor, the action and the time range asked for', async () => {
    // Prepare: the Owner renames twice, the Administrator once, on either side of `middle`
    const scene = await portal.scene();
    const { Owner, Administrator } = scene.actors;
    const rename = async (actor: typeof Owner, name: string) =>
      portal.organisations.rename(
        actor,
        await portal.scope(actor, scene.organisationId, 'organisation.rename'),
        name,
      );
    await rename(Owner, 'First');
    portal.clock.advance(1000);
    const middle = portal.clock.now().toISOString();
    portal.clock.advance(1000);
    await rename(Administrator, 'Second');
    await rename(Owner, 'Third');
    const scope = await portal.scope(Owner, scene.organisationId, 'audit.view');
    const read = async (filter: Parameters<typeof portal.audit.list>[2]) => {
      const events = [];
      let cursor: string | undefined;
      do {
        // Pages of one: the cursor has to carry each filter from page to page
        const page = await portal.audit.list(
          scope,
          { limit: 1, ...(cursor && { cursor }) },
          filter,
        );
        events.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return events.map(
        (event) => `${event.actorUserId}:${event.action}:${event.details.to ?? ''}`,
      );
    };

    // Act + Assess
    expect(await read({ action: 'organisation.renamed' })).toEqual([
      `${Owner.userId}:organisation.renamed:Third`,
      `${Administrator.userId}:organisation.renamed:Second`,
      `${Owner.userId}:organisation.renamed:First`,
    ]);
    expect(await read({ action: 'organisation.renamed', actorUserId: Owner.userId })).toEqual([
      `${Owner.userId}:organisation.renamed:Third`,
      `${Owner.userId}:organisation.renamed:First`,
    ]);
    expect(await read({ action: 'organisation.renamed', from: middle })).toEqual([
      `${Owner.userId}:organisation.renamed:Third`,
      `${Administrator.userId}:organisation.renamed:Second`,
    ]);
    const before = await read({ to: middle });
    expect(before[0]).toBe(`${Owner.userId}:organisation.renamed:First`);
    expect(before.at(-1)).toBe(`${Owner.userId}:user.registered:`);
    expect(await read({ actorUserId: 'nobody-at-all' })).toEqual([]);
  });

  it('refuses a backwards time range and a cursor from outside the range', async () => {
    const scene = await portal.scene();
    const scope = await portal.scope(scene.actors.Owner, scene.organisationId, 'audit.view');
    const outside = encodeCursor({ PK: `ORG#${scene.organisationId}`, SK: 'AUDIT#2000-01-01' });

    await expect(
      portal.audit.list(scope, {}, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(
      portal.audit.list(scope, { cursor: outside }, { from: '2026-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({ code: 'invalid_cursor' });
  });

  it('is not shown to Developers or Observers', async () => {
    const scene = await portal.scene();

    await expect(
      portal.scope(scene.actors.Observer, scene.organisationId, 'audit.view'),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
