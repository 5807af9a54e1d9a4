import type { Analytics } from '@devportal/portal-client';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n/i18n-context.js';
import { chartRows } from './chart-rows.js';

/** Colours with enough contrast on white, told apart by the legend's words as well. */
const COLOURS = {
  ok: '#1a7f37',
  client: '#b35900',
  server: '#c62828',
  p50: '#1f5fbf',
  p95: '#7b3fbf',
  p99: '#a0105a',
};

/** Calls, errors and latency over the period, one chart each, with a text summary for screen readers. */
export function AnalyticsCharts(props: { report: Analytics }) {
  const { t, locale } = useI18n();
  const rows = chartRows(props.report);
  const tick = new Intl.DateTimeFormat(
    locale,
    props.report.granularity === 'day'
      ? { day: 'numeric', month: 'short' }
      : { hour: '2-digit', minute: '2-digit' },
  );
  const formatTick = (value: string) => tick.format(new Date(value));
  const axis = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="start" tickFormatter={formatTick} minTickGap={24} />
      <Tooltip labelFormatter={(value) => formatTick(String(value))} />
      <Legend />
    </>
  );
  return (
    <div className="charts">
      <Chart title={t('analytics.chart.calls')}>
        <BarChart data={rows}>
          {axis}
          <YAxis allowDecimals={false} />
          <Bar
            isAnimationActive={false}
            dataKey="ok"
            name={t('analytics.series.ok')}
            stackId="calls"
            fill={COLOURS.ok}
          />
          <Bar
            isAnimationActive={false}
            dataKey="clientErrors"
            name={t('analytics.series.4xx')}
            stackId="calls"
            fill={COLOURS.client}
          />
          <Bar
            isAnimationActive={false}
            dataKey="serverErrors"
            name={t('analytics.series.5xx')}
            stackId="calls"
            fill={COLOURS.server}
          />
        </BarChart>
      </Chart>
      <Chart title={t('analytics.chart.errors')}>
        <LineChart data={rows}>
          {axis}
          <YAxis allowDecimals={false} />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="clientErrors"
            name={t('analytics.series.4xx')}
            stroke={COLOURS.client}
            dot={false}
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="serverErrors"
            name={t('analytics.series.5xx')}
            stroke={COLOURS.server}
            dot={false}
          />
        </LineChart>
      </Chart>
      <Chart title={t('analytics.chart.latency')}>
        <LineChart data={rows}>
          {axis}
          <YAxis unit=" ms" width={72} />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="p50"
            name="p50"
            stroke={COLOURS.p50}
            dot={false}
            connectNulls
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="p95"
            name="p95"
            stroke={COLOURS.p95}
            dot={false}
            connectNulls
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="p99"
            name="p99"
            stroke={COLOURS.p99}
            dot={false}
            connectNulls
          />
        </LineChart>
      </Chart>
    </div>
  );
}

function Chart(props: { title: string; children: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>{props.title}</figcaption>
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={240}>
          {props.children as React.ReactElement}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
