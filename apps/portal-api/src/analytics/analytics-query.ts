import { bucketOf, type Granularity } from '@devportal/portal-domain';
import type { operations } from '../generated/portal.js';

/** The contract's parameters of `GET …/analytics`. */
type AnalyticsParameters = NonNullable<operations['getAnalytics']['parameters']['query']>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far back a period reaches when the request names no `from`. */
const DEFAULT_SPAN_MS: Readonly<Record<Granularity, number>> = {
  minute: DAY_MS,
  hour: DAY_MS,
  day: 30 * DAY_MS,
};

/** What `GET …/analytics` asks for, its period in the granularity's buckets. */
export interface AnalyticsQuery {
  readonly granularity: Granularity;
  /** The first bucket of the period, as the usage counters spell it (`2026-11-23T16`). */
  readonly fromBucket: string;
  /** The last bucket of the period, inclusive. */
  readonly toBucket: string;
  readonly applicationId?: string;
  readonly productId?: string;
  readonly operation?: string;
}

/**
 * The query behind the contract's parameters (validated already), with the defaults filled in:
 * hourly buckets, up to now, reaching back {@link DEFAULT_SPAN_MS}. Whether the period is one
 * the counters can answer (not backwards, within the retention) is the usage service's rule.
 */
export function analyticsQueryOf(query: AnalyticsParameters, now: Date): AnalyticsQuery {
  const granularity = query.granularity ?? 'hour';
  const to = query.to !== undefined ? new Date(query.to) : now;
  const from =
    query.from !== undefined
      ? new Date(query.from)
      : new Date(to.getTime() - DEFAULT_SPAN_MS[granularity]);
  return {
    granularity,
    fromBucket: bucketOf(from, granularity),
    toBucket: bucketOf(to, granularity),
    ...(query.applicationId !== undefined && { applicationId: query.applicationId }),
    ...(query.productId !== undefined && { productId: query.productId }),
    ...(query.operation !== undefined && { operation: query.operation }),
  };
}
