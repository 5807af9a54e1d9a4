import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section, Target } from '../section.js';

interface Side {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
}

/** `apps/cards-gateway/bench/results.json`. */
export interface GatewayResults {
  readonly operation: string;
  readonly callsPerTargetAndConcurrency: number;
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly rows: readonly {
    readonly concurrency: number;
    readonly gateway: Side;
    readonly proxy: Side;
  }[];
}

/** The bound on the gateway's latency over the bare proxy's. */
const LATENCY_TARGET: Target = { on: 'ratio', bound: '≤', limit: 1.3 };

function figuresAt(row: GatewayResults['rows'][number]): Figure[] {
  const at = `${row.concurrency} concurrent`;
  return [
    {
      name: `p50, ${at}`,
      measure: { value: row.gateway.p50Ms, unit: 'ms' },
      baseline: { name: `bare proxy p50, ${at}`, measure: { value: row.proxy.p50Ms, unit: 'ms' } },
      target: LATENCY_TARGET,
    },
    {
      name: `p99, ${at}`,
      measure: { value: row.gateway.p99Ms, unit: 'ms' },
      baseline: { name: `bare proxy p99, ${at}`, measure: { value: row.proxy.p99Ms, unit: 'ms' } },
      target: LATENCY_TARGET,
    },
    {
      name: `requests/s, ${at}`,
      measure: { value: row.gateway.requestsPerSecond, unit: 'per second' },
      baseline: {
        name: `bare proxy requests/s, ${at}`,
        measure: { value: row.proxy.requestsPerSecond, unit: 'per second' },
      },
    },
  ];
}

/** The gateway against the least any pass-through to the sandbox costs on this machine. */
export function gatewaySection(results: GatewayResults): Section {
  return {
    title: 'Gateway vs direct sandbox',
    description: `\`${results.operation}\` through the cards gateway (token check, plan's rate and quota, counting, the bank token swapped in) against the same call through a bare \`node:http\` pass-through proxy to the same sandbox (the floor of any proxy here; the sandbox's own time is in both), at 1, 16 and 64 concurrent callers; ${results.callsPerTargetAndConcurrency.toLocaleString('en-GB')} calls per side and concurrency, in alternating rounds.`,
    figures: results.rows.flatMap(figuresAt),
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/cards-gateway bench',
  };
}
