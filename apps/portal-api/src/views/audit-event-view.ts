import type { AuditEvent } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** `event` as the contract shows it. */
export function auditEventView(event: AuditEvent): components['schemas']['AuditEvent'] {
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
