import type { Actor } from '../context/actor.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Role } from '../roles/role.js';
import type { AuditAction } from './audit-action.js';
import type { AuditEvent, AuditTarget } from './audit-event.js';

/** What a service says about a change it is about to make. */
export interface AuditFacts {
  readonly organisationId: string;
  readonly actorRole: Role | null;
  readonly action: AuditAction;
  readonly target: AuditTarget;
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * Builds the audit event of a change. Services hand the event to storage with the
 * change itself, which writes both in one transaction: no change goes unrecorded.
 */
export class AuditRecorder {
  constructor(
    private readonly clock: Clock,
    private readonly crypto: DomainCrypto,
  ) {}

  /** The event recording `facts` done by `actor`, stamped now. */
  record(actor: Actor, facts: AuditFacts): AuditEvent {
    return {
      id: this.crypto.newId(),
      organisationId: facts.organisationId,
      at: this.clock.now().toISOString(),
      actorUserId: actor.userId,
      // Kept as they were when acting: the trail stays readable after a person leaves.
      ...(actor.email !== '' && { actorEmail: actor.email }),
      ...(actor.name !== undefined && { actorName: actor.name }),
      actorRole: facts.actorRole,
      action: facts.action,
      target: facts.target,
      sourceIp: actor.sourceIp,
      details: facts.details ?? {},
    };
  }
}
