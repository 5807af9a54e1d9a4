import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section, Target } from '../section.js';

interface SelfTime {
  readonly name: string;
  readonly microsecondsPerCall: number;
}

interface ProfileSummary {
  readonly busyMicrosecondsPerCall: number;
  /** Shares of the busy time by what it was charged to. */
  readonly causes: readonly { readonly name: string; readonly share: number }[];
  readonly packages: readonly SelfTime[];
  readonly functions: readonly SelfTime[];
}

/** `apps/cards-gateway/bench/cpu-results.json`. */
export interface GatewayCpuResults {
  readonly operation: string;
  readonly calls: number;
  readonly concurrency: number;
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  /** `process.cpuUsage()` over the calls of each side, per call. */
  readonly cpuMicrosecondsPerCall: { readonly gateway: number; readonly proxy: number };
  readonly profile: {
    readonly samplingIntervalUs: number;
    readonly gateway: ProfileSummary;
    readonly proxy: ProfileSummary;
  };
}

/**
 * The gateway's CPU per call over the bare proxy's before its per-call cuts: 4,436 µs against
 * 755 µs, 5.87× (this bench on the gateway as on main, 3,000 calls a side, load average 18.7 on
 * 2 cores). Loaded runs of one code differ by ±10 % here, so on a quiet machine take the limit
 * again: `bench:profile` at the commit that added this bench, whose gateway is main's.
 */
export const GATEWAY_CPU_RATIO_TARGET: Target = {
  on: 'ratio',
  bound: '<',
  limit: 5.87,
  source: 'the gateway as on main, at load 18.7: remeasure on a quiet machine',
};

const TOP = 8;

/** What a call through the gateway costs in CPU against one through the bare proxy. */
export function gatewayCpuSection(results: GatewayCpuResults): Section {
  const { gateway, proxy } = results.cpuMicrosecondsPerCall;
  const proxyShares = new Map(
    results.profile.proxy.causes.map((cause) => [cause.name, cause.share]),
  );
  // Sampled time is wall time, which a busy machine inflates: shares of the measured CPU instead.
  const cpuOf = (share: number, total: number) => Math.round(share * total);
  const figures: Figure[] = [
    {
      name: 'CPU per call, gateway',
      measure: { value: gateway, unit: 'µs' },
      baseline: { name: 'CPU per call, bare proxy', measure: { value: proxy, unit: 'µs' } },
      target: GATEWAY_CPU_RATIO_TARGET,
    },
    {
      name: 'CPU per call added by the gateway',
      measure: { value: Math.round((gateway - proxy) * 10) / 10, unit: 'µs' },
    },
    ...results.profile.gateway.causes.map(
      (cause): Figure => ({
        name: `CPU per call charged to ${cause.name}`,
        measure: { value: cpuOf(cause.share, gateway), unit: 'µs' },
        // The proxy's run has no table writes or gateway code: no baseline for those.
        ...(proxyShares.get(cause.name) && {
          baseline: {
            name: 'bare proxy run',
            measure: { value: cpuOf(proxyShares.get(cause.name) ?? 0, proxy), unit: 'µs' },
          },
        }),
      }),
    ),
  ];
  return {
    title: 'Gateway CPU per call',
    description: `\`${results.operation}\` through the cards gateway and through the bare proxy, the sandbox answering at once, ${results.calls.toLocaleString('en-GB')} calls a side from ${results.concurrency} callers in one process with the sandbox: \`process.cpuUsage()\` around alternating rounds (the callers' and the sandbox's CPU in both figures, so their difference is the gateway's; DynamoDB Local is another process, so storage waits are excluded), then V8's sampling profiler (every ${results.profile.samplingIntervalUs} µs) on one more run of each side: each sample charged to the first known code up its stack, as a share of the measured CPU.`,
    figures,
    notes: [
      `The gateway run's packages by self time, µs of sampled time per call: ${results.profile.gateway.packages
        .slice(0, TOP)
        .map(({ name, microsecondsPerCall }) => `${name} ${microsecondsPerCall}`)
        .join('; ')}.`,
      `The gateway run's top functions by self time, µs per call: ${results.profile.gateway.functions
        .slice(0, TOP)
        .map(({ name, microsecondsPerCall }) => `\`${name}\` ${microsecondsPerCall}`)
        .join('; ')}.`,
      'Profile time is wall time between samples: on a busy machine a descheduled thread charges its wait to the function it stopped in, so read the profile for shares and `process.cpuUsage()` for totals.',
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/cards-gateway bench:profile',
  };
}
