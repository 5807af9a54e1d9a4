import type { PortalServices } from '../portal-services.js';
import { auditEventView } from '../views/audit-event-view.js';
import { type HandlerTable, ok, pageRequestOf } from './operation-call.js';

/** The organisation's audit trail, newest first. */
export function auditRoutes(services: PortalServices): Pick<HandlerTable, 'listAuditEvents'> {
  return {
    async listAuditEvents(call) {
      const page = await services.audit.list(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(auditEventView) });
    },
  };
}
