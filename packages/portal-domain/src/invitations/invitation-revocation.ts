import type { AuditEvent } from '../audit/audit-event.js';
import type { Invitation } from './invitation.js';

/**
 * Why an invitation was revoked: by a manager, or because its inviter lost the right to issue it
 * (removed, demoted, or gone of their own accord).
 */
export type RevocationReason = 'revoked' | 'inviter_removed' | 'inviter_demoted' | 'inviter_left';

/** A pending invitation to revoke together with the change that makes it unissuable, and its audit event. */
export interface InvitationRevocation {
  readonly invitation: Invitation;
  readonly audit: AuditEvent;
}

/**
 * How many revocations ride in the transaction of the member change that causes them. Each takes
 * two of DynamoDB's 100 writes a transaction (the invitation and its audit event), besides the
 * change's own three (authority, membership, audit); more are revoked in earlier transactions.
 */
export const REVOCATIONS_PER_TRANSACTION = 45;
