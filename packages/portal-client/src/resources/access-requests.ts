import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { AccessRequest, AccessRequestInput } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** An organisation's requests for access to confidential products. */
export class AccessRequests extends PortalResource {
  /** Asks for access to a confidential product; a bank operator decides. */
  submit(
    orgId: string,
    input: AccessRequestInput,
    options?: CallOptions,
  ): ResponsePromise<AccessRequest> {
    return this.core.send(
      'submitAccessRequest',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<AccessRequest> {
    return this.core.list('listAccessRequests', { orgId }, params, options);
  }
}
