import {
  type CostLine,
  callsPerMonth,
  type GatewayCallUsage,
  type GatewayDeployment,
  totalPerMillion,
} from './cost-model.js';

/** What docs/cost.md is written from. */
export interface CostReport {
  readonly usage: GatewayCallUsage;
  readonly deployment: GatewayDeployment;
  readonly lines: readonly CostLine[];
  /** Calls per second of the monthly figure. */
  readonly callsPerSecond: number;
  /** The target, US dollars per million calls, all in. */
  readonly targetPerMillion: number;
  /** Where the per-call usage was measured, and when. */
  readonly measuredBy: string;
  readonly notes: readonly string[];
}

const dollars = (value: number, digits = 3) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;

/** docs/cost.md: the bill per million gateway calls and per month, item by item. */
export function renderCost(report: CostReport): string {
  const total = totalPerMillion(report.lines);
  const monthlyCalls = callsPerMonth(report.callsPerSecond);
  const month = (perMillion: number) => dollars((perMillion * monthlyCalls) / 1_000_000, 0);
  const verdict = total <= report.targetPerMillion ? 'met' : '**missed**';
  return [
    '# What the cards gateway costs on AWS',
    '',
    "<!-- Written by `pnpm bench` (tools/bench-report) from the Lambda lifecycle harness's counts; do not edit by hand. -->",
    '',
    `Per million gateway calls, all in: **${dollars(total)}** (target ≤ ${dollars(report.targetPerMillion, 2)}: ${verdict}). ` +
      `At ${report.callsPerSecond} calls/s (${(monthlyCalls / 1_000_000).toFixed(1)} million calls in a 30-day month): **${month(total)} a month**, ` +
      'plus the fixed monthly items under the table.',
    '',
    `Per-call usage measured by ${report.measuredBy}; prices are AWS list prices (US East, on-demand, arm64, no free tier), in tools/bench-report/src/cost/list-prices.ts.`,
    '',
    '| item | per call | per million calls | per month |',
    '| --- | --- | ---: | ---: |',
    ...report.lines.map(
      (line) =>
        `| ${line.item} | ${line.basis} | ${dollars(line.perMillionCalls)} | ${month(line.perMillionCalls)} |`,
    ),
    `| **total** | | **${dollars(total)}** | **${month(total)}** |`,
    '',
    '## Assumptions and what is left out',
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
