import { bucketOf, type Granularity } from '@devportal/portal-domain';

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
export function analyticsQueryOf(
  query: Readonly<Record<string, unknown>>,
  now: Date,
): AnalyticsQuery {
  const granularity = (query.granularity as Granularity | undefined) ?? 'hour';
  const to = typeof query.to === 'string' ? new Date(query.to) : now;
  const from =
    typeof query.from === 'string'
      ? new Date(query.from)
      : new Date(to.getTime() - DEFAULT_SPAN_MS[granularity]);
  return {
    granularity,
    fromBucket: bucketOf(from, granularity),
    toBucket: bucketOf(to, granularity),
    ...optionalText(query, 'applicationId'),
    ...optionalText(query, 'productId'),
    ...optionalText(query, 'operation'),
  };
}

function optionalText(query: Readonly<Record<string, unknown>>, name: string) {
  const value = query[name];
  return typeof value === 'string' ? { [name]: value } : {};
}
