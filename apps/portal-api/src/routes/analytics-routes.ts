import { analyticsQueryOf } from '../analytics/analytics-query.js';
import type { PortalServices } from '../portal-services.js';
import { analyticsView, recentCallView } from '../views/analytics-view.js';
import { type HandlerTable, ok } from './operation-call.js';

/** API-call analytics of the organisation's applications, as the cards gateway counted them. */
export function analyticsRoutes(
  services: PortalServices,
): Pick<HandlerTable, 'getAnalytics' | 'listRecentCalls'> {
  return {
    async listRecentCalls(call) {
      const calls = await services.callLog.recent(call.scope, call.path.appId);
      return ok({ items: calls.map(recentCallView) });
    },
    async getAnalytics(call) {
      const { scope } = call;
      const query = analyticsQueryOf(call.query, services.clock.now());
      const { granularity, fromBucket, toBucket } = query;
      const report =
        query.applicationId === undefined
          ? await services.usage.organisationReport(scope, granularity, fromBucket, toBucket)
          : await services.usage.report(
              scope,
              query.applicationId,
              granularity,
              fromBucket,
              toBucket,
            );
      const buckets = report.buckets.filter(
        (bucket) =>
          (query.productId === undefined || bucket.productId === query.productId) &&
          (query.operation === undefined || bucket.operation === query.operation),
      );
      return ok(analyticsView(granularity, fromBucket, toBucket, buckets));
    },
  };
}
