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
  const { t, locale, number } = useI18n();
  // Counts and latencies in the page's locale (grouping, decimal comma), milliseconds as «мс» in Russian.
  const count = (value: number) => number(value);
  const milliseconds = (value: number) => t('unit.ms', { value: number(value) });
  const rows = chartRows(props.report);
  const tick = new Intl.DateTimeFormat(
    locale,
    props.report.granularity === 'day'
      ? { day: 'numeric', month: 'short' }
      : { hour: '2-digit', minute: '2-digit' },
  );
  const formatTick = (value: string) => tick.format(new Date(value));
  // The grid, the time axis, the legend and a tooltip whose values read as the chart's axis does.
  const axis = (formatValue: (value: number) => string) => (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="start" tickFormatter={formatTick} minTickGap={24} />
      <Tooltip
        labelFormatter={(value) => formatTick(String(value))}
        formatter={(value) => (typeof value === 'number' ? formatValue(value) : value)}
      />
      <Legend />
    </>
  );
  const series = {
    ok: { dataKey: 'ok', name: t('analytics.series.ok') },
    clientErrors: { dataKey: 'clientErrors', name: t('analytics.series.4xx') },
    serverErrors: { dataKey: 'serverErrors', name: t('analytics.series.5xx') },
  };
  return (
    <div className="charts">
      <Chart title={t('analytics.chart.calls')}>
        <BarChart data={rows}>
          {axis(count)}
          <YAxis allowDecimals={false} tickFormatter={count} />
          {[
            { ...series.ok, colour: COLOURS.ok },
            { ...series.clientErrors, colour: COLOURS.client },
            { ...series.serverErrors, colour: COLOURS.server },
          ].map((bar) => (
            <Bar
              key={bar.dataKey}
              isAnimationActive={false}
              dataKey={bar.dataKey}
              name={bar.name}
              stackId="calls"
              fill={bar.colour}
            />
          ))}
        </BarChart>
      </Chart>
      <Chart title={t('analytics.chart.errors')}>
        <LineChart data={rows}>
          {axis(count)}
          <YAxis allowDecimals={false} tickFormatter={count} />
          {lines([
            { ...series.clientErrors, colour: COLOURS.client },
            { ...series.serverErrors, colour: COLOURS.server },
          ])}
        </LineChart>
      </Chart>
      <Chart title={t('analytics.chart.latency')}>
        <LineChart data={rows}>
          {axis(milliseconds)}
          <YAxis tickFormatter={milliseconds} width={72} />
          {lines(
            (['p50', 'p95', 'p99'] as const).map((p) => ({
              dataKey: p,
              name: p,
              colour: COLOURS[p],
            })),
            true,
          )}
        </LineChart>
      </Chart>
    </div>
  );
}

/** One line per series, drawn alike; `connectNulls` bridges the periods with no calls (latency). */
function lines(series: { dataKey: string; name: string; colour: string }[], connectNulls = false) {
  return series.map((line) => (
    <Line
      key={line.dataKey}
      isAnimationActive={false}
      type="monotone"
      dataKey={line.dataKey}
      name={line.name}
      stroke={line.colour}
      dot={false}
      connectNulls={connectNulls}
    />
  ));
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
