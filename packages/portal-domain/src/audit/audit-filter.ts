import type { AuditAction } from './audit-action.js';

/** Which events of a trail to read; every part is optional and the parts combine. */
export interface AuditFilter {
  /** Only what this actor did (a person's id, or `application:<id>`). */
  readonly actorUserId?: string;
  readonly action?: AuditAction;
  /** Only events at or after this instant, ISO 8601 in UTC. */
  readonly from?: string;
  /** Only events at or before this instant, ISO 8601 in UTC. */
  readonly to?: string;
}
