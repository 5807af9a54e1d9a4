import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import { mapData } from '../client/map-data.js';
import type { AnalyticsQuery, Analytics as AnalyticsReport, RecentCall } from '../portal-types.js';
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

  /** The application's latest calls through the gateway (24 hours, at most 50), newest first. */
  recentCalls(orgId: string, appId: string, options?: CallOptions): ResponsePromise<RecentCall[]> {
    const call = this.core.send('listRecentCalls', { params: { path: { orgId, appId } } }, options);
    return mapData(call, ({ items }) => items);
  }
}
