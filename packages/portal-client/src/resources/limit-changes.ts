import type { CallOptions } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { LimitChange, LimitChangeSyncReport } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Limit-change requests the organisation's applications created at the bank. */
export class LimitChanges extends PortalResource {
  /** The requests with the state the status sync last saw, ordered by `externalId`. */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<LimitChange> {
    return this.core.list('listLimitChanges', { orgId }, params, options);
  }

  /** A request with every state it went through. */
  get(orgId: string, externalId: string, options?: CallOptions): Promise<LimitChange> {
    return this.core.send('getLimitChange', { params: { path: { orgId, externalId } } }, options);
  }

  /** Asks the bank now for the state of the open requests. Not retried (it is a POST). */
  sync(orgId: string, options?: CallOptions): Promise<LimitChangeSyncReport> {
    return this.core.send('syncLimitChanges', { params: { path: { orgId } } }, options);
  }
}
