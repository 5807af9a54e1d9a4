import type { AuthorisedScope, OrganisationScope } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { InviterRevocations } from '../invitations/inviter-revocations.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import { isAssignableRole } from '../roles/role.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import type { Membership } from './membership.js';

/**
 * Members of an organisation: listing, role changes, removal, leaving and the
 * transfer of ownership. The Owner's role changes only by a transfer, so the
 * organisation always has exactly one Owner. Removing, demoting or leaving revokes,
 * in the same transaction, the invitations the member issued and could no longer issue;
 * the change's audit event is stamped after those invitations are read, so an acceptance
 * that commits alongside it is always recorded as the earlier of the two.
 */
export class MemberService {
  private readonly recorder: AuditRecorder;
  private readonly revocations: InviterRevocations;

  constructor(private readonly deps: PortalDependencies) {
    this.recorder = new AuditRecorder(deps.clock, deps.crypto);
    this.revocations = new InviterRevocations(deps, this.recorder);
  }

  /** One page of the organisation's members, for any member. */
  async list(
    { organisation }: AuthorisedScope<'organisation.view'>,
    page: PageRequest = {},
  ): Promise<Page<Membership>> {
    return this.deps.members.list(organisation.id, page);
  }

  /** Gives a member another role; never the Owner role, and never to the Owner. */
  async changeRole(
    actor: Actor,
    scope: AuthorisedScope<'member.changeRole'>,
    userId: string,
    role: string,
  ): Promise<Membership> {
    if (!isAssignableRole(role)) throw new ValidationError('invalid_role');
    const { organisation, membership } = scope;
    const member = await this.existingMember(organisation.id, userId);
    if (member.role === 'Owner') throw new ConflictError('owner_cannot_be_demoted');
    if (member.role === role) return member;
    const actorMustHold = rolesAllowedTo(scope.action);
    const revocations = await this.revocations.prepare({
      actor,
      actorRole: membership.role,
      inviter: member,
      newRole: role,
      reason: 'inviter_demoted',
      actorMustHold,
    });
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'member.role_changed',
      target: { type: 'member', id: userId },
      details: { from: member.role, to: role, email: member.email },
    });
    await this.deps.members.changeRole(member, role, { audit, actorMustHold }, revocations);
    return { ...member, role, version: member.version + 1 };
  }

  /** Removes a member other than the Owner. */
  async remove(
    actor: Actor,
    scope: AuthorisedScope<'member.remove'>,
    userId: string,
  ): Promise<void> {
    const { organisation, membership } = scope;
    const member = await this.existingMember(organisation.id, userId);
    if (member.role === 'Owner') throw new ConflictError('owner_cannot_be_removed');
    const actorMustHold = rolesAllowedTo(scope.action);
    const revocations = await this.revocations.prepare({
      actor,
      actorRole: membership.role,
      inviter: member,
      newRole: undefined,
      reason: 'inviter_removed',
      actorMustHold,
    });
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'member.removed',
      target: { type: 'member', id: userId },
      details: { role: member.role, email: member.email },
    });
    await this.deps.members.remove(member, { audit, actorMustHold }, revocations);
  }

  /** The actor leaves the organisation, whatever their role; the Owner must hand ownership over first. */
  async leave(actor: Actor, { organisation, membership }: OrganisationScope): Promise<void> {
    if (membership.role === 'Owner') {
      const memberCount = await this.deps.members.count(organisation.id);
      throw new ConflictError(
        memberCount === 1 ? 'last_member_cannot_leave' : 'owner_must_transfer_before_leaving',
      );
    }
    const revocations = await this.revocations.prepare({
      actor,
      actorRole: membership.role,
      inviter: membership,
      newRole: undefined,
      reason: 'inviter_left',
    });
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'member.left',
      target: { type: 'member', id: actor.userId },
      details: { email: membership.email },
    });
    await this.deps.members.remove(membership, { audit }, revocations);
  }

  /**
   * Makes another member the Owner; the previous Owner becomes an Administrator.
   * Of concurrent transfers exactly one commits. Resolves the new Owner's membership.
   */
  async transferOwnership(
    actor: Actor,
    scope: AuthorisedScope<'organisation.transferOwnership'>,
    userId: string,
  ): Promise<Membership> {
    const { organisation, membership } = scope;
    const newOwner = await this.existingMember(organisation.id, userId);
    if (newOwner.role === 'Owner') throw new ConflictError('already_the_owner');
    // The Owner handing over needs no second read of their own membership.
    const previousOwner =
      membership.userId === organisation.ownerUserId
        ? membership
        : await this.deps.members.get(organisation.id, organisation.ownerUserId);
    if (previousOwner?.role !== 'Owner') throw new ConflictError('concurrent_modification');
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'organisation.ownership_transferred',
      target: { type: 'member', id: userId },
      details: { from: previousOwner.userId, to: userId, email: newOwner.email },
    });
    await this.deps.members.transferOwnership(organisation, previousOwner, newOwner, {
      audit,
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return { ...newOwner, role: 'Owner', version: newOwner.version + 1 };
  }

  private async existingMember(organisationId: string, userId: string): Promise<Membership> {
    const member = await this.deps.members.get(organisationId, userId);
    if (!member) throw new NotFoundError('member_not_found');
    return member;
  }
}
