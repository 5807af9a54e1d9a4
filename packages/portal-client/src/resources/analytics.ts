import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { AnalyticsQuery, Analytics as AnalyticsReport } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** API-call analytics of the organisation's applications, as the cards gateway counted them. */
export class Analytics extends PortalResource {
  /** Calls, errors and latency percentiles per time bucket of the period. */
  get(
    orgId: string,
    query: AnalyticsQuery = {},
    options?: CallOptions,
  ): ResponsePromise<AnalyticsReport> {
    return this.core.send('getAnalytics', { params: { path: { orgId }, query } }, options);
  }
}
