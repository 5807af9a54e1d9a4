import type { Actor } from '../context/actor.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { Membership } from '../members/membership.js';
import type { Organisation } from '../organisations/organisation.js';
import type { OrganisationRepository } from '../organisations/organisation-repository.js';
import { type Action, can } from '../roles/role-matrix.js';

/** Marks a scope as read by {@link OrganisationAccess}: no other module can write this key. */
const minted: unique symbol = Symbol('minted by OrganisationAccess');

/**
 * An organisation together with the acting member's own membership of it, as
 * {@link OrganisationAccess.enter} read them: proof of membership, whatever the role.
 */
export interface OrganisationScope {
  readonly organisation: Organisation;
  readonly membership: Membership;
  readonly [minted]: true;
}

/**
 * An {@link OrganisationScope} whose role the role matrix allows `action`, as
 * {@link OrganisationAccess.authorise} checked it. A service method names the one action it
 * performs in its parameter's type, so a scope authorised for another action does not compile;
 * storage re-checks the actor's role for the same action when a change commits.
 */
export interface AuthorisedScope<A extends Action> extends OrganisationScope {
  readonly action: A;
}

/**
 * The gate of every organisation-scoped operation, and the only way to obtain a scope: the actor
 * must be a member (otherwise the organisation does not exist for them: NotFound, never
 * Forbidden) and the role matrix must allow the action (otherwise Forbidden).
 */
export class OrganisationAccess {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly members: MemberRepository,
  ) {}

  /** The actor's scope in the organisation, if the role matrix lets them perform `action`. */
  async authorise<A extends Action>(
    actor: Actor,
    organisationId: string,
    action: A,
  ): Promise<AuthorisedScope<A>> {
    const scope = await this.enter(actor, organisationId);
    if (!can(scope.membership.role, action)) throw new ForbiddenError();
    return { ...scope, action };
  }

  /** The actor's scope in the organisation, whatever their role. */
  async enter(actor: Actor, organisationId: string): Promise<OrganisationScope> {
    const [organisation, membership] = await Promise.all([
      this.organisations.get(organisationId),
      this.members.get(organisationId, actor.userId),
    ]);
    if (!organisation || !membership) throw new NotFoundError('organisation_not_found');
    return { organisation, membership, [minted]: true };
  }
}
