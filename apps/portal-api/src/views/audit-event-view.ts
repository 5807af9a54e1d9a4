import type { AuditEvent } from '@devportal/portal-domain';

/** The contract's `AuditEvent`. */
export function auditEventView(event: AuditEvent) {
  return {
    id: event.id,
    at: event.at,
    actor: {
      userId: event.actorUserId,
      ...(event.actorRole !== null && { role: event.actorRole }),
    },
    action: event.action,
    target: event.target,
    sourceIp: event.sourceIp,
    details: event.details,
  };
}
