import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { PortalCore } from '../client/portal-core.js';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { AccessDecision, AccessRequest, AccessRequestReviewQuery } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Review of access requests of every organisation, for the bank's platform operators. */
export class OperatorAccessRequests extends PortalResource {
  list(
    params: ListParams & AccessRequestReviewQuery = {},
    options?: CallOptions,
  ): PageList<AccessRequest> {
    return this.core.list('listAccessRequestsForReview', undefined, params, options);
  }

  /** Approves, rejects or revokes a request. */
  decide(
    requestId: string,
    decision: AccessDecision,
    options?: CallOptions,
  ): ResponsePromise<AccessRequest> {
    return this.core.send(
      'decideAccessRequest',
      { params: { path: { requestId } }, body: decision },
      options,
    );
  }
}

/** What only the bank's platform operators may do. */
export class Operator {
  readonly accessRequests: OperatorAccessRequests;

  constructor(core: PortalCore) {
    this.accessRequests = new OperatorAccessRequests(core);
  }
}
