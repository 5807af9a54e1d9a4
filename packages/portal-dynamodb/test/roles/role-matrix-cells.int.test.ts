import {
  ACTIONS,
  type Action,
  type Actor,
  type AuthorisedScope,
  can,
  ForbiddenError,
  NotFoundError,
  ROLES,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { type Portal, type Scene, usePortal } from '../support/portal-fixture.js';

const portal = usePortal('role-matrix');

/** The organisation and membership actions of the matrix, which these services perform. */
type OwnedAction = Extract<Action, `member.${string}` | `organisation.${string}`>;

/** Performs `A` with the scope the access module minted for it. */
type Perform<A extends OwnedAction> = (
  portal: Portal,
  scene: Scene,
  actor: Actor,
  scope: AuthorisedScope<A>,
) => Promise<unknown>;

/**
 * How to attempt each organisation and membership action of the matrix. Which
 * roles may succeed is not written here: the test reads it from ROLE_MATRIX.
 */
const PERFORMERS: { readonly [A in OwnedAction]: Perform<A> } = {
  // The fixture's invite remembers the token for the plaintext scan; it takes its own scope.
  'member.invite': (p, scene, actor) =>
    p.invite(actor, scene.organisationId, p.person('invitee').email, 'Developer'),
  'member.remove': (p, scene, actor, scope) => p.members.remove(actor, scope, scene.target.userId),
  'member.changeRole': (p, scene, actor, scope) =>
    p.members.changeRole(actor, scope, scene.target.userId, 'Observer'),
  'organisation.transferOwnership': (p, scene, actor, scope) =>
    p.members.transferOwnership(actor, scope, scene.target.userId),
  'organisation.view': (p, _scene, _actor, scope) => p.organisations.cabinet(scope),
  'organisation.rename': (p, _scene, actor, scope) =>
    p.organisations.rename(actor, scope, 'Renamed by the test'),
  'organisation.delete': (p, _scene, actor, scope) => p.organisations.delete(actor, scope),
};

const OWNED_ACTIONS = Object.keys(PERFORMERS) as OwnedAction[];

/** `actor` attempting `action`: its scope from the access module, then the service call. */
function attempt<A extends OwnedAction>(action: A, scene: Scene, actor: Actor) {
  const perform: Perform<A> = PERFORMERS[action];
  return portal
    .scope(actor, scene.organisationId, action)
    .then((scope) => perform(portal, scene, actor, scope));
}

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

    const attempted = attempt(action, scene, scene.actors[role]);

    if (allowed) {
      await expect(attempted).resolves.not.toThrow();
    } else {
      await expect(attempted).rejects.toBeInstanceOf(ForbiddenError);
      const after = await portal.audit.list(auditor, { limit: 1 });
      expect(after.items[0]?.id).toBe(before.items[0]?.id);
    }
  });

  it.each(OWNED_ACTIONS)(
    'refuses %s to a non-member as NotFound, never Forbidden',
    async (action) => {
      const scene = await portal.scene();

      const attempted = attempt(action, scene, scene.outsider);

      await expect(attempted).rejects.toBeInstanceOf(NotFoundError);
    },
  );

  it('leaves no invitation token in plaintext in the table', async () => {
    expect(portal.secrets.size).toBeGreaterThan(0);

    await expect(
      portal.secrets.findPlaintext(portal.table.client, portal.table.tableName),
    ).resolves.toEqual([]);
  });
});
