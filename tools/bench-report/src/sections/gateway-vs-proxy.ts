import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section, Target } from '../section.js';

interface Side {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  /** Calls the gateway answered 429 (its plan meter out of retries), counted in the latencies. */
  readonly refused?: number;
}

interface PassRow {
  readonly concurrency: number;
  readonly gateway: Side;
  readonly proxy: Side;
}

/** `apps/cards-gateway/bench/results.json`. */
export interface GatewayResults {
  readonly operation: string;
  readonly callsPerTargetAndConcurrency: number;
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  /** The sandbox answering at once: the gateway's own storage round trips show in full. */
  readonly rows: readonly PassRow[];
  /** The gateway with and without its analytics write, in the same pass as `rows`. */
  readonly analytics?: readonly {
    readonly concurrency: number;
    readonly counted: Side;
    readonly uncounted: Side;
  }[];
  /** The sandbox answering in `bankLatencyMs`: a fast bank, where the targets apply. */
  readonly slowBank?: {
    readonly bankLatencyMs: number;
    readonly callsPerTargetAndConcurrency: number;
    readonly rows: readonly PassRow[];
  };
}

/**
 * The bounds on the gateway against the bare proxy with a fast bank behind both, at every
 * concurrency: its latency over the proxy's, its throughput as a share of the proxy's.
 */
export const GATEWAY_FAST_BANK_TARGETS: Readonly<Record<'p50' | 'p99' | 'throughput', Target>> = {
  p50: { on: 'ratio', bound: '≤', limit: 1.05 },
  p99: { on: 'ratio', bound: '≤', limit: 1.15 },
  throughput: { on: 'ratio', bound: '≥', limit: 0.95 },
};

const ms = (value: number) => ({ value, unit: 'ms' }) as const;

/** The gateway's 429s in a row, when the bench counted them. */
function refusals(row: PassRow, at: string): Figure[] {
  return row.gateway.refused === undefined
    ? []
    : [
        {
          name: `calls answered 429, ${at}`,
          measure: { value: row.gateway.refused, unit: 'count' },
        },
      ];
}

/** The sandbox as is: each percentile against the proxy's, and the milliseconds the gateway adds. */
function instantBankFigures(row: PassRow): Figure[] {
  const at = `${row.concurrency} concurrent`;
  return [
    ...(['p50', 'p99'] as const).flatMap((q): Figure[] => [
      {
        name: `${q}, ${at}`,
        measure: ms(row.gateway[`${q}Ms`]),
        baseline: { name: `bare proxy ${q}, ${at}`, measure: ms(row.proxy[`${q}Ms`]) },
      },
      {
        name: `${q} added by the gateway, ${at}`,
        measure: ms(Math.round((row.gateway[`${q}Ms`] - row.proxy[`${q}Ms`]) * 1000) / 1000),
      },
    ]),
    {
      name: `requests/s, ${at}`,
      measure: { value: row.gateway.requestsPerSecond, unit: 'per second' },
      baseline: {
        name: `bare proxy requests/s, ${at}`,
        measure: { value: row.proxy.requestsPerSecond, unit: 'per second' },
      },
    },
    ...refusals(row, at),
  ];
}

function fastBankFigures(row: PassRow, bankLatencyMs: number): Figure[] {
  const at = `${row.concurrency} concurrent, bank ${bankLatencyMs} ms`;
  return [
    {
      name: `p50, ${at}`,
      measure: ms(row.gateway.p50Ms),
      baseline: { name: `bare proxy p50, ${at}`, measure: ms(row.proxy.p50Ms) },
      target: GATEWAY_FAST_BANK_TARGETS.p50,
    },
    {
      name: `p99, ${at}`,
      measure: ms(row.gateway.p99Ms),
      baseline: { name: `bare proxy p99, ${at}`, measure: ms(row.proxy.p99Ms) },
      target: GATEWAY_FAST_BANK_TARGETS.p99,
    },
    {
      name: `requests/s, ${at}`,
      measure: { value: row.gateway.requestsPerSecond, unit: 'per second' },
      baseline: {
        name: `bare proxy requests/s, ${at}`,
        measure: { value: row.proxy.requestsPerSecond, unit: 'per second' },
      },
      target: GATEWAY_FAST_BANK_TARGETS.throughput,
    },
    ...refusals(row, at),
  ];
}

function analyticsFigures(row: NonNullable<GatewayResults['analytics']>[number]): Figure[] {
  const at = `${row.concurrency} concurrent`;
  return (['p50', 'p99'] as const).map((q) => ({
    name: `${q} with the analytics write, ${at}`,
    measure: ms(row.counted[`${q}Ms`]),
    baseline: { name: `${q} without it, ${at}`, measure: ms(row.uncounted[`${q}Ms`]) },
  }));
}

/** The gateway against the least any pass-through to the sandbox costs on this machine. */
export function gatewaySection(results: GatewayResults): Section {
  const slow = results.slowBank;
  return {
    title: 'Gateway vs direct sandbox',
    description: `\`${results.operation}\` through the cards gateway (token check, the plan meter's conditional write, the call counted before its answer, the bank token swapped in) against the same call through a bare \`node:http\` pass-through proxy to the same sandbox (the floor of any proxy here), at 1, 16 and 64 concurrent callers, in alternating rounds: with the sandbox answering at once (${results.callsPerTargetAndConcurrency.toLocaleString('en-GB')} calls per side and concurrency; the gateway's DynamoDB Local round trips show in full)${slow ? `, and with the sandbox answering in ${slow.bankLatencyMs} ms, a fast bank (${slow.callsPerTargetAndConcurrency.toLocaleString('en-GB')} calls per side and concurrency)` : ''}. The analytics rows compare the gateway with one whose analytics writes never reach DynamoDB.`,
    figures: [
      ...results.rows.flatMap(instantBankFigures),
      ...(slow ? slow.rows.flatMap((row) => fastBankFigures(row, slow.bankLatencyMs)) : []),
      ...(results.analytics ?? []).flatMap(analyticsFigures),
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/cards-gateway bench',
  };
}
