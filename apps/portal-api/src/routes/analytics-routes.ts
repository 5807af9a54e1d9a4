import { analyticsQueryOf } from '../analytics/analytics-query.js';
import type { PortalServices } from '../portal-services.js';
import { analyticsView } from '../views/analytics-view.js';
import { type HandlerTable, ok, scopeOf } from './operation-call.js';

/** Applications read per page when the analytics cover every application. */
const APPLICATIONS_PER_READ = 100;

/** API-call analytics of the organisation's applications, as the cards gateway counted them. */
export function analyticsRoutes(services: PortalServices): Pick<HandlerTable, 'getAnalytics'> {
  return {
    async getAnalytics(call) {
      const organisationId = scopeOf(call).organisation.id;
      const query = analyticsQueryOf(call.query, services.clock.now());
      const applicationIds =
        query.applicationId !== undefined
          ? [query.applicationId]
          : await applicationIdsOf(services, organisationId);
      const reports = await Promise.all(
        applicationIds.map((applicationId) =>
          services.usage.report(
            call.actor,
            organisationId,
            applicationId,
            query.granularity,
            query.fromBucket,
            query.toBucket,
          ),
        ),
      );
      const buckets = reports
        .flatMap((report) => report.buckets)
        .filter(
          (bucket) =>
            (query.productId === undefined || bucket.productId === query.productId) &&
            (query.operation === undefined || bucket.operation === query.operation),
        );
      return ok(analyticsView(query.granularity, query.fromBucket, query.toBucket, buckets));
    },
  };
}

/**
 * The ids of every application of the organisation. The pipeline authorised `analytics.view`
 * for the caller already, so the application store is read directly.
 */
async function applicationIdsOf(
  services: PortalServices,
  organisationId: string,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await services.repositories.applications.list(organisationId, {
      limit: APPLICATIONS_PER_READ,
      ...(cursor !== undefined && { cursor }),
    });
    ids.push(...page.items.map((application) => application.id));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}
