import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  type Actor,
  can,
  ForbiddenError,
  NotFoundError,
  ROLES,
} from '../../src/index.js';
import { type Portal, type Scene, usePortal } from '../support/portal-fixture.js';

const portal = usePortal('role-matrix');

type Perform = (portal: Portal, scene: Scene, actor: Actor) => Promise<unknown>;

/**
 * How to attempt each organisation and membership action of the matrix. Which
 * roles may succeed is not written here: the test reads it from ROLE_MATRIX.
 */
const PERFORMERS = {
  'member.invite': (p, scene, actor) =>
    p.invite(actor, scene.organisationId, p.person('invitee').email, 'Developer'),
  'member.remove': async (p, scene, actor) =>
    p.members.remove(
      actor,
      await p.scope(actor, scene.organisationId, 'member.remove'),
      scene.target.userId,
    ),
  'member.changeRole': async (p, scene, actor) =>
    p.members.changeRole(
      actor,
      await p.scope(actor, scene.organisationId, 'member.changeRole'),
      scene.target.userId,
      'Observer',
    ),
  'organisation.transferOwnership': async (p, scene, actor) =>
    p.members.transferOwnership(
      actor,
      await p.scope(actor, scene.organisationId, 'organisation.transferOwnership'),
      scene.target.userId,
    ),
  'organisation.view': async (p, scene, actor) =>
    p.organisations.cabinet(await p.scope(actor, scene.organisationId, 'organisation.view')),
  'organisation.rename': async (p, scene, actor) =>
    p.organisations.rename(
      actor,
      await p.scope(actor, scene.organisationId, 'organisation.rename'),
      'Renamed by the test',
    ),
  'organisation.delete': async (p, scene, actor) =>
    p.organisations.delete(
      actor,
      await p.scope(actor, scene.organisationId, 'organisation.delete'),
    ),
} satisfies Partial<Record<Action, Perform>>;

const OWNED_ACTIONS = Object.keys(PERFORMERS) as (keyof typeof PERFORMERS)[];

describe('every organisation and membership cell of the role matrix', () => {
  it('covers every organisation and membership row of the matrix', () => {
    expect(ACTIONS.filter((action) => /^(member|organisation)\./.test(action))).toEqual(
      OWNED_ACTIONS,
    );
  });

  const cells = OWNED_ACTIONS.flatMap((action) =>
    ROLES.map((role) => ({ action, role, allowed: can(role, action) })),
  );

  it.each(cells)('$role: $action → allowed: $allowed', async ({ action, role, allowed }) => {
    const scene = await portal.scene();
    const auditor = await portal.scope(scene.actors.Owner, scene.organisationId, 'audit.view');
    const before = await portal.audit.list(auditor, { limit: 1 });

    const attempt = PERFORMERS[action](portal, scene, scene.actors[role]);

    if (allowed) {
      await expect(attempt).resolves.not.toThrow();
    } else {
      await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
      const after = await portal.audit.list(auditor, { limit: 1 });
      expect(after.items[0]?.id).toBe(before.items[0]?.id);
    }
  });

  it.each(OWNED_ACTIONS)(
    'refuses %s to a non-member as NotFound, never Forbidden',
    async (action) => {
      const scene = await portal.scene();

      const attempt = PERFORMERS[action](portal, scene, scene.outsider);

      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    },
  );

  it('leaves no invitation token in plaintext in the table', async () => {
    expect(portal.secrets.size).toBeGreaterThan(0);

    await expect(
      portal.secrets.findPlaintext(portal.table.client, portal.table.tableName),
    ).resolves.toEqual([]);
  });
});
