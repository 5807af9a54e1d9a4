import type { CallOptions } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { AuditEvent } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The organisation's audit trail. */
export class AuditEvents extends PortalResource {
  /** The organisation's audit events, newest first. */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<AuditEvent> {
    return this.core.list('listAuditEvents', { orgId }, params, options);
  }
}
