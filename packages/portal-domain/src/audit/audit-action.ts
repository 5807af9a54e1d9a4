import type { components } from '../generated/portal.js';

/** What an audit event records, as `<entity>.<verb>`: the spec's `AuditAction`. */
export type AuditAction = components['schemas']['AuditAction'];

/**
 * Every action the domain records, in the spec's order. Typed as a record so that an action added
 * to the spec and not listed here (or listed and not in the spec) stops the build: readers of the
 * trail (texts, filters) iterate this list.
 */
const ACTIONS: { readonly [Action in AuditAction]: true } = {
  'user.registered': true,
  'organisation.created': true,
  'organisation.renamed': true,
  'organisation.deleted': true,
  'organisation.ownership_transferred': true,
  'member.role_changed': true,
  'member.removed': true,
  'member.left': true,
  'invitation.created': true,
  'invitation.revoked': true,
  'invitation.accepted': true,
  'application.created': true,
  'application.updated': true,
  'application.deleted': true,
  'application.secret_reissued': true,
  'subscription.created': true,
  'subscription.plan_changed': true,
  'subscription.deleted': true,
  'access_request.submitted': true,
  'access_request.approved': true,
  'access_request.rejected': true,
  'access_request.revoked': true,
  'webhook.registered': true,
  'webhook.deleted': true,
  'bank_connection.connected': true,
  'bank_connection.disconnected': true,
  'limit_change.created': true,
  'limit_change.state_changed': true,
  'limit_change.abandoned': true,
};

/** Every action the domain can record. */
export const AUDIT_ACTIONS = Object.keys(ACTIONS) as readonly AuditAction[];

/** Whether `value` names an action the domain records. */
export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(ACTIONS, value);
}
