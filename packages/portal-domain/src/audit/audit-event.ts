import type { Role } from '../roles/role.js';
import type { AuditAction } from './audit-action.js';

/** What an audit event is about. */
export interface AuditTarget {
  /** The kind of thing changed, e.g. `organisation`, `member`, `invitation`, `application`. */
  readonly type: string;
  /** Its identifier (never a secret). */
  readonly id: string;
}

/** One change, recorded: who, in which role, did what, to what, when and from where. */
export interface AuditEvent {
  readonly id: string;
  readonly organisationId: string;
  /** When the change was made, ISO 8601 in UTC. */
  readonly at: string;
  readonly actorUserId: string;
  /** The actor's e-mail address when acting; absent for an application. */
  readonly actorEmail?: string;
  /** The actor's display name when acting, if the identity provider had one. */
  readonly actorName?: string;
  /** The actor's role when acting; `null` for someone not yet a member (accepting an invitation). */
  readonly actorRole: Role | null;
  /** What happened, as `<entity>.<verb>`, e.g. `member.role_changed`. */
  readonly action: AuditAction;
  readonly target: AuditTarget;
  readonly sourceIp: string;
  /** Non-secret facts that make the event readable, e.g. the old and new role. */
  readonly details: Readonly<Record<string, string>>;
}
