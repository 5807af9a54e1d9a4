import type { AuthorisedScope } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { Membership } from '../members/membership.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import { isAssignableRole } from '../roles/role.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import { personNameOf } from '../users/person-name.js';
import {
  type Invitation,
  type InvitationOffer,
  type InvitationView,
  type IssuedInvitation,
  invitationView,
} from './invitation.js';
import type { RevocationReason } from './invitation-revocation.js';

/** How long an invitation stays valid unless configured otherwise: 7 days. */
export const DEFAULT_INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invitations by e-mail, also for people without an account yet: a single-use
 * bearer token (only its SHA-256 is stored) that expires, is accepted only by the
 * invited address and can be revoked.
 */
export class InvitationService {
  private readonly recorder: AuditRecorder;

  constructor(
    private readonly deps: PortalDependencies,
    private readonly lifetimeMs: number = DEFAULT_INVITATION_LIFETIME_MS,
  ) {
    this.recorder = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** Invites `email` as Administrator, Developer or Observer; the token is returned this once. */
  async invite(
    actor: Actor,
    scope: AuthorisedScope<'member.invite'>,
    email: string,
    role: string,
  ): Promise<IssuedInvitation> {
    const address = normaliseEmail(email);
    if (!EMAIL.test(address)) throw new ValidationError('invalid_email');
    if (!isAssignableRole(role)) throw new ValidationError('invalid_role');
    const { organisation, membership } = scope;
    const organisationId = organisation.id;
    const token = this.deps.crypto.newToken();
    const now = this.deps.clock.now();
    const invitation: Invitation = {
      id: this.deps.crypto.newId(),
      organisationId,
      email: address,
      role,
      tokenHash: this.deps.crypto.sha256Hex(token),
      invitedBy: actor.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.lifetimeMs).toISOString(),
    };
    const audit = this.recorder.record(actor, {
      organisationId,
      actorRole: membership.role,
      action: 'invitation.created',
      target: { type: 'invitation', id: invitation.id },
      details: { email: address, role },
    });
    await this.deps.invitations.create(invitation, {
      audit,
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return { invitation: invitationView(invitation), token };
  }

  /**
   * One page of the organisation's pending invitations, for those who may invite (the spec's
   * `member.invite`: who is invited is their business); never anything that redeems them. Expired
   * and revoked invitations are left out, so a page may hold fewer than asked.
   */
  async list(
    { organisation }: AuthorisedScope<'member.invite'>,
    page: PageRequest = {},
  ): Promise<Page<InvitationView>> {
    const now = this.deps.clock.now().toISOString();
    const stored = await this.deps.invitations.list(organisation.id, page);
    return {
      ...stored,
      items: stored.items
        .filter((invitation) => invitation.expiresAt > now && invitation.revokedAt === undefined)
        .map(invitationView),
    };
  }

  /** Revokes a pending invitation (Owner or Administrator). */
  async revoke(
    actor: Actor,
    scope: AuthorisedScope<'member.invite'>,
    invitationId: string,
  ): Promise<void> {
    const { organisation, membership } = scope;
    const organisationId = organisation.id;
    const audit = this.recorder.record(actor, {
      organisationId,
      actorRole: membership.role,
      action: 'invitation.revoked',
      target: { type: 'invitation', id: invitationId },
      details: { reason: 'revoked' satisfies RevocationReason },
    });
    await this.deps.invitations.revoke(organisationId, invitationId, {
      audit,
      actorMustHold: rolesAllowedTo(scope.action),
    });
  }

  /**
   * What the invitation of `token` offers, for whoever holds the token (the link's page shows it
   * before accepting). Unknown, expired, revoked and accepted invitations, and those of a deleted
   * organisation, are one and the same `invitation_not_found`: the answer tells nothing of a token
   * but that it is good.
   */
  async preview(token: string): Promise<InvitationOffer> {
    const invitation = await this.deps.invitations.findByTokenHash(
      this.deps.crypto.sha256Hex(token),
    );
    const offer = invitation && this.isPending(invitation) && (await this.offerOf(invitation));
    if (!offer) throw new NotFoundError('invitation_not_found');
    return offer;
  }

  /**
   * The pending invitations to the actor's verified address, newest first, without anything that
   * redeems them: the invitation e-mail carries the token.
   */
  async pendingFor(actor: Actor): Promise<InvitationOffer[]> {
    const invitations = await this.deps.invitations.listTo(normaliseEmail(actor.email));
    const offers = await Promise.all(
      invitations.filter((invitation) => this.isPending(invitation)).map((i) => this.offerOf(i)),
    );
    return offers.filter((offer) => offer !== undefined);
  }

  private isPending(invitation: Invitation): boolean {
    const now = this.deps.clock.now().toISOString();
    return invitation.revokedAt === undefined && invitation.expiresAt > now;
  }

  private async offerOf(invitation: Invitation): Promise<InvitationOffer | undefined> {
    const [organisation, inviter] = await Promise.all([
      this.deps.organisations.get(invitation.organisationId),
      this.deps.members.get(invitation.organisationId, invitation.invitedBy),
    ]);
    if (!organisation) return undefined;
    return {
      invitation: invitationView(invitation),
      organisation: { id: organisation.id, name: organisation.name },
      inviter: {
        ...(inviter?.name !== undefined && { name: inviter.name }),
        ...(inviter && { email: inviter.email }),
      },
    };
  }

  /**
   * Accepts an invitation with its token: only the invited address, only before it
   * expires or is revoked, only once, and only while its inviter may still invite. The
   * membership, the consumption of the invitation and the check of the inviter's role
   * are one transaction.
   */
  async accept(actor: Actor, token: string): Promise<Membership> {
    const invitation = await this.deps.invitations.findByTokenHash(
      this.deps.crypto.sha256Hex(token),
    );
    if (!invitation) throw new NotFoundError('invitation_not_found');
    const now = this.deps.clock.now();
    if (invitation.revokedAt !== undefined) throw new ConflictError('invitation_revoked');
    if (invitation.expiresAt <= now.toISOString()) throw new ConflictError('invitation_expired');
    if (normaliseEmail(actor.email) !== invitation.email) {
      throw new ForbiddenError('invitation_for_another_address');
    }
    // The inviter is a member already; the transaction could not both check and add them.
    if (invitation.invitedBy === actor.userId) throw new ConflictError('already_a_member');
    const membership: Membership = {
      organisationId: invitation.organisationId,
      userId: actor.userId,
      email: invitation.email,
      ...personNameOf(actor),
      role: invitation.role,
      joinedAt: now.toISOString(),
      version: 1,
    };
    const audit = this.recorder.record(actor, {
      organisationId: invitation.organisationId,
      actorRole: null,
      action: 'invitation.accepted',
      target: { type: 'invitation', id: invitation.id },
      details: { role: invitation.role },
    });
    await this.deps.invitations.accept(invitation, membership, rolesAllowedTo('member.invite'), {
      audit,
    });
    return membership;
  }
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
