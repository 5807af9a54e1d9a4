import type { AuditFilter } from '@devportal/portal-domain';
import type { QueryOf } from '../contract/operation-types.js';

/** The filter named by the contract's query parameters of the audit log (validated already). */
export function auditFilterOf(query: QueryOf<'exportAuditEvents'>): AuditFilter {
  return {
    ...(query.actorUserId !== undefined && { actorUserId: query.actorUserId }),
    ...(query.action !== undefined && { action: query.action }),
    ...(query.from !== undefined && { from: query.from }),
    ...(query.to !== undefined && { to: query.to }),
  };
}
