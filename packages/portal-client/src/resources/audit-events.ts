import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { AuditEvent, AuditEventFilter } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The organisation's audit trail. */
export class AuditEvents extends PortalResource {
  /** The organisation's audit events that pass `params`' filter, newest first. */
  list(
    orgId: string,
    params: ListParams & AuditEventFilter = {},
    options?: CallOptions,
  ): PageList<AuditEvent> {
    return this.core.list('listAuditEvents', { orgId }, params, options);
  }

  /**
   * The organisation's audit events that pass `filter`, newest first, as the text of a CSV file
   * (RFC 4180; cells a spreadsheet would run as formulas start with an apostrophe).
   */
  export(
    orgId: string,
    filter: AuditEventFilter = {},
    options?: CallOptions,
  ): ResponsePromise<string> {
    return this.core.send(
      'exportAuditEvents',
      { params: { path: { orgId }, query: filter }, parseAs: 'text' },
      options,
    );
  }
}
