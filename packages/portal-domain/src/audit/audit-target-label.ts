import type { AuditEvent } from './audit-event.js';

/**
 * The facts of an event's details that name its object for a person, most telling first: an
 * organisation's or application's `name`, a member's or invitee's `email`, a webhook's `origin`,
 * the `productId` of an access request.
 */
const LABEL_DETAILS = ['name', 'email', 'origin', 'productId'] as const;

/** A readable name of what `event` concerns, where its details carry one. */
export function auditTargetLabel(event: Pick<AuditEvent, 'details'>): string | undefined {
  for (const key of LABEL_DETAILS) {
    const value = event.details[key];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}
