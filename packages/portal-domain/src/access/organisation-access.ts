import type { Actor } from '../context/actor.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { Membership } from '../members/membership.js';
import type { Organisation } from '../organisations/organisation.js';
import type { OrganisationRepository } from '../organisations/organisation-repository.js';
import { type Action, can } from '../roles/role-matrix.js';

/** An organisation together with the acting member's membership of it. */
export interface OrganisationScope {
  readonly organisation: Organisation;
  readonly membership: Membership;
}

/**
 * The gate of every organisation-scoped operation: the actor must be a member
 * (otherwise the organisation does not exist for them: NotFound, never
 * Forbidden) and the role matrix must allow the action (otherwise Forbidden).
 */
export class OrganisationAccess {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly members: MemberRepository,
  ) {}

  /** The actor's scope in the organisation, if the role matrix lets them perform `action`. */
  async authorise(
    actor: Actor,
    organisationId: string,
    action: Action,
  ): Promise<OrganisationScope> {
    const scope = await this.enter(actor, organisationId);
    if (!can(scope.membership.role, action)) throw new ForbiddenError();
    return scope;
  }

  /** The actor's scope in the organisation, whatever their role. */
  async enter(actor: Actor, organisationId: string): Promise<OrganisationScope> {
    const [organisation, membership] = await Promise.all([
      this.organisations.get(organisationId),
      this.members.get(organisationId, actor.userId),
    ]);
    if (!organisation || !membership) throw new NotFoundError('organisation_not_found');
    return { organisation, membership };
  }
}
