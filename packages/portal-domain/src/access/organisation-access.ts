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
 * Where an organisation-scoped operation acts: the organisation's id, whose membership the
 * service then reads, or the actor's {@link OrganisationScope} a gate in front of the service
 * (the HTTP pipeline) resolved already for this request, which spares reading it twice. Either
 * way the role matrix is applied, and storage re-checks the actor's role when a change commits.
 */
export type OrganisationTarget = string | OrganisationScope;

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
    target: OrganisationTarget,
    action: Action,
  ): Promise<OrganisationScope> {
    const scope = await this.enter(actor, target);
    if (!can(scope.membership.role, action)) throw new ForbiddenError();
    return scope;
  }

  /**
   * The actor's scope in the organisation, whatever their role. A resolved scope is taken as
   * it is (no read) once it is shown to be this actor's membership of that organisation.
   */
  async enter(actor: Actor, target: OrganisationTarget): Promise<OrganisationScope> {
    if (typeof target !== 'string') return scopeOfActor(actor, target);
    const [organisation, membership] = await Promise.all([
      this.organisations.get(target),
      this.members.get(target, actor.userId),
    ]);
    if (!organisation || !membership) throw new NotFoundError('organisation_not_found');
    return { organisation, membership };
  }
}

/**
 * `scope`, checked to be `actor`'s own: a scope resolved for someone else, or pairing one
 * organisation with a membership of another, is a programming error, not a refusal.
 */
function scopeOfActor(actor: Actor, scope: OrganisationScope): OrganisationScope {
  const { organisation, membership } = scope;
  if (membership.userId !== actor.userId || membership.organisationId !== organisation.id) {
    throw new Error('The organisation scope was resolved for another actor or organisation');
  }
  return scope;
}
