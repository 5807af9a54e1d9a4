import { lazy, Suspense, useState } from 'react';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { PageHeader } from '../components/PageHeader.js';
import { SelectField } from '../components/SelectField.js';
import { Spinner } from '../components/Spinner.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useOrg } from '../org/org-context.js';
import { ANALYTICS_PERIODS, queryFor } from './analytics/analytics-periods.js';
import { QuotaOverview } from './usage/QuotaOverview.js';

/** The chart library is most of the site's weight: it loads when analytics are first shown. */
const AnalyticsCharts = lazy(() =>
  import('./analytics/AnalyticsCharts.js').then((module) => ({ default: module.AnalyticsCharts })),
);

/** The seed's «Аналитика»: calls, errors and latency of the organisation's applications. */
export function AnalyticsPage() {
  const { t, number } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const [periodId, setPeriodId] = useState<string>('day');
  const [applicationId, setApplicationId] = useState('');
  const period = ANALYTICS_PERIODS.find((option) => option.id === periodId) ?? ANALYTICS_PERIODS[1];
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  const report = useLoad(
    () => client.analytics.get(org.id, period ? queryFor(period, applicationId) : {}),
    [client, org.id, periodId, applicationId],
  );
  const appOptions = [
    { value: '', label: t('analytics.allApps') },
    ...(applications.status === 'ready'
      ? applications.data.map((app) => ({ value: app.id, label: app.name }))
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        description={t('analytics.description')}
        actions={
          <button type="button" className="button button-secondary" onClick={report.reload}>
            {t('action.refresh')}
          </button>
        }
      />
      <div className="filters">
        <SelectField
          label={t('analytics.period')}
          options={ANALYTICS_PERIODS.map((option) => ({
            value: option.id,
            label: t(option.label),
          }))}
          value={periodId}
          onChange={(event) => setPeriodId(event.target.value)}
        />
        <SelectField
          label={t('analytics.application')}
          options={appOptions}
          value={applicationId}
          onChange={(event) => setApplicationId(event.target.value)}
        />
      </div>
      {applications.status === 'ready' && (
        <QuotaOverview
          applications={applications.data.filter(
            (app) => applicationId === '' || app.id === applicationId,
          )}
        />
      )}
      <AsyncView loaded={report}>
        {(data) => {
          const errors = data.totals.byStatusClass['4xx'] + data.totals.byStatusClass['5xx'];
          return (
            <>
              <div className="stats">
                <Stat label={t('analytics.total.calls')} value={number(data.totals.calls)} />
                <Stat label={t('analytics.total.errors')} value={number(errors)} />
                <Stat
                  label={t('analytics.total.p95')}
                  value={
                    data.totals.latencyMs.p95 === undefined
                      ? '—'
                      : t('unit.ms', { value: number(Math.round(data.totals.latencyMs.p95)) })
                  }
                />
              </div>
              {data.totals.calls === 0 ? (
                <p className="notice notice-info">{t('analytics.noCalls')}</p>
              ) : (
                <Suspense fallback={<Spinner />}>
                  <AnalyticsCharts report={data} />
                </Suspense>
              )}
            </>
          );
        }}
      </AsyncView>
    </>
  );
}

function Stat(props: { label: string; value: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{props.label}</span>
      <span className="stat-value">{props.value}</span>
    </div>
  );
}
