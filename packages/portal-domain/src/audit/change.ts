import type { Role } from '../roles/role.js';
import type { AuditEvent } from './audit-event.js';

/**
 * What every state change hands to storage besides its data: the audit event to
 * write in the same transaction and, for changes governed by the role matrix, the
 * roles the actor must still hold when the change commits.
 */
export interface Change {
  readonly audit: AuditEvent;
  /** Re-checked atomically against the actor's membership; omitted when the actor need not be a member. */
  readonly actorMustHold?: readonly Role[];
}
