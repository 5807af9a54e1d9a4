import type { AnalyticsQuery } from '@devportal/portal-client';
import type { MessageKey } from '../../i18n/messages.ru.js';

/** A period the analytics page offers, with the bucket length that suits it. */
export interface AnalyticsPeriod {
  readonly id: 'hour' | 'day' | 'month';
  readonly label: MessageKey;
  readonly granularity: NonNullable<AnalyticsQuery['granularity']>;
  readonly milliseconds: number;
}

export const ANALYTICS_PERIODS: readonly AnalyticsPeriod[] = [
  { id: 'hour', label: 'analytics.period.hour', granularity: 'minute', milliseconds: 3_600_000 },
  { id: 'day', label: 'analytics.period.day', granularity: 'hour', milliseconds: 86_400_000 },
  {
    id: 'month',
    label: 'analytics.period.month',
    granularity: 'day',
    milliseconds: 30 * 86_400_000,
  },
];

/** The query of a period ending now. */
export function queryFor(
  period: AnalyticsPeriod,
  applicationId: string,
  now = Date.now(),
): AnalyticsQuery {
  return {
    granularity: period.granularity,
    from: new Date(now - period.milliseconds).toISOString(),
    to: new Date(now).toISOString(),
    ...(applicationId ? { applicationId } : {}),
  };
}
