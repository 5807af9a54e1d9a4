import type { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import type { Membership } from '../members/membership.js';
import type { Clock } from '../ports/clock.js';
import type { Role } from '../roles/role.js';
import { can } from '../roles/role-matrix.js';
import type { InvitationRepository } from './invitation-repository.js';
import {
  type InvitationRevocation,
  REVOCATIONS_PER_TRANSACTION,
  type RevocationReason,
} from './invitation-revocation.js';

/** What {@link InviterRevocations} runs on. */
export interface InviterRevocationsDependencies {
  readonly invitations: InvitationRepository;
  readonly clock: Clock;
}

/** A change of a member's standing that may leave invitations they issued unissuable. */
export interface InviterChange {
  readonly actor: Actor;
  /** The actor's role when acting. */
  readonly actorRole: Role;
  /** The member whose invitations are at stake. */
  readonly inviter: Membership;
  /** Their role after the change; `undefined` when they leave the organisation. */
  readonly newRole: Role | undefined;
  readonly reason: Exclude<RevocationReason, 'revoked'>;
  /** The roles the actor must still hold when the revocations commit (as for the change). */
  readonly actorMustHold?: readonly Role[];
}

/**
 * The pending invitations a member issued that they could no longer issue once removed, gone or
 * demoted: an invitation carries its inviter's authority, so it must not outlive it. They are
 * revoked in the transaction of the change itself (any overflow beyond one transaction just
 * before it); accepting re-checks the inviter's role as well, for invitations issued while the
 * change was in flight.
 */
export class InviterRevocations {
  constructor(
    private readonly deps: InviterRevocationsDependencies,
    private readonly recorder: AuditRecorder,
  ) {}

  /**
   * The revocations `change` calls for, each with its audit event, to be written in the change's
   * transaction; those that do not fit in it are revoked now, ahead of it.
   */
  async prepare(change: InviterChange): Promise<readonly InvitationRevocation[]> {
    const revocations = await this.of(change);
    let rest: readonly InvitationRevocation[] = revocations;
    while (rest.length > REVOCATIONS_PER_TRANSACTION) {
      await this.deps.invitations.revokeAll(
        rest.slice(0, REVOCATIONS_PER_TRANSACTION),
        change.actorMustHold,
      );
      rest = rest.slice(REVOCATIONS_PER_TRANSACTION);
    }
    return rest;
  }

  private async of(change: InviterChange): Promise<InvitationRevocation[]> {
    const { actor, actorRole, inviter, newRole, reason } = change;
    if (newRole !== undefined && can(newRole, 'member.invite')) return [];
    // A member who may not invite has none pending: they were revoked when that role was given,
    // and accepting re-checks the inviter's role for any older one. No read needed.
    if (!can(inviter.role, 'member.invite')) return [];
    const now = this.deps.clock.now().toISOString();
    const issued = await this.deps.invitations.listPendingIssuedBy(
      inviter.organisationId,
      inviter.userId,
    );
    return issued
      .filter((invitation) => invitation.expiresAt > now)
      .map((invitation) => ({
        invitation,
        audit: this.recorder.record(actor, {
          organisationId: inviter.organisationId,
          actorRole,
          action: 'invitation.revoked',
          target: { type: 'invitation', id: invitation.id },
          details: { reason, inviter: inviter.userId, email: invitation.email },
        }),
      }));
  }
}
