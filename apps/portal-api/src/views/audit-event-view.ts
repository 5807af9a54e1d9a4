import { type AuditEvent, auditTargetLabel } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** `event` as the contract shows it: the actor named, the target labelled where it can be. */
export function auditEventView(event: AuditEvent): components['schemas']['AuditEvent'] {
  const label = auditTargetLabel(event);
  return {
    id: event.id,
    at: event.at,
    actor: {
      userId: event.actorUserId,
      ...(event.actorEmail !== undefined && { email: event.actorEmail }),
      ...(event.actorName !== undefined && { name: event.actorName }),
      ...(event.actorRole !== null && { role: event.actorRole }),
    },
    action: event.action,
    target: { ...event.target, ...(label !== undefined && { label }) },
    sourceIp: event.sourceIp,
    details: event.details,
  };
}
