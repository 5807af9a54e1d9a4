import { auditCsv } from '../audit/audit-csv.js';
import { auditFilterOf } from '../audit/audit-filter-query.js';
import type { PortalServices } from '../portal-services.js';
import { auditEventView } from '../views/audit-event-view.js';
import { csvAttachment, type HandlerTable, ok, pageRequestOf } from './operation-call.js';

/** The organisation's audit trail, newest first, filtered, a page at a time or as CSV. */
export function auditRoutes(
  services: PortalServices,
): Pick<HandlerTable, 'listAuditEvents' | 'exportAuditEvents'> {
  return {
    async listAuditEvents(call) {
      const page = await services.audit.list(
        call.scope,
        pageRequestOf(call),
        auditFilterOf(call.query),
      );
      return ok({ ...page, items: page.items.map(auditEventView) });
    },
    async exportAuditEvents(call) {
      const events = await services.audit.export(call.scope, auditFilterOf(call.query));
      return csvAttachment(auditCsv(events), `audit-log-${call.scope.organisation.id}.csv`);
    },
  };
}
