import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

/** Calls one warm gateway invocation makes, on average: AWS calls by `Service.Operation`, bank calls by operation. */
export interface CallsPerInvocation {
  readonly invocations: number;
  readonly awsPerInvocation: Readonly<Record<string, number>>;
  readonly bankPerInvocation: Readonly<Record<string, number>>;
}

/** How one status-sync invocation ended against its timeout. */
export interface SyncDeadlineOutcome {
  /** `response` when it answered; `timeout` or `killed` otherwise. */
  readonly outcome: string;
  readonly durationMs: number;
  /** Documents checked (manual run) or handed to the check queue (schedule). */
  readonly handled: number | null;
  readonly leftForLater: number | null;
  readonly lagMetricsPublished: number;
}

/** `tools/lambda-lifecycle/bench/results.json`. */
export interface LambdaLifecycleResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly scale: 'smoke' | 'full';
  readonly bundleTarget: string;
  readonly quota: {
    readonly environments: number;
    readonly quotaPerDay: number;
    readonly calls: number;
    readonly statuses: Readonly<Record<string, number>>;
    readonly environmentsUsed: number;
    readonly dayWarnings: readonly { readonly thresholdPercent: number; readonly used: number }[];
  };
  readonly rate: {
    readonly environments: number;
    readonly ratePerSecond: number;
    readonly seconds: number;
    readonly offered: number;
    readonly busiestOneSecondWindow: number;
    readonly busiestOneSecondOfAnswers: number;
    readonly allowed: number;
  };
  readonly analytics: {
    readonly environments: number;
    readonly answered: number;
    readonly counted: number;
    readonly lost: number;
    readonly countedTwice: number;
  };
  readonly syncDeadline: {
    readonly documents: number;
    readonly bankLatencyMs: number;
    readonly timeoutMs: number;
    readonly manual: SyncDeadlineOutcome;
    readonly scheduled: SyncDeadlineOutcome;
  };
  readonly syncDrain: {
    readonly documents: number;
    readonly bankLatencyMs: number;
    readonly workers: number;
    readonly processed: number;
    readonly documentsPerMinute: number;
    readonly minutesFor50000AtThisConcurrency: number | null;
  };
  readonly callsPerWarmGatewayCall: {
    readonly sandbox: CallsPerInvocation;
    readonly production: CallsPerInvocation & { readonly kmsCallsPer1000: number };
  };
}

const NONE = { on: 'value', bound: '≤', limit: 0 } as const;
const count = (value: number) => ({ value, unit: 'count' }) as const;

/** Sum of the calls of one service (`DynamoDB`, `KMS`, …) per invocation. */
export function serviceCalls(calls: CallsPerInvocation, service: string): number {
  return Object.entries(calls.awsPerInvocation)
    .filter(([operation]) => operation.startsWith(`${service}.`))
    .reduce((sum, [, perCall]) => sum + perCall, 0);
}

function callFigures(contour: string, calls: CallsPerInvocation): Figure[] {
  const operations = Object.entries(calls.awsPerInvocation)
    .map(([operation, perCall]) => `${operation} ${perCall.toFixed(2)}`)
    .join(', ');
  const bank = Object.values(calls.bankPerInvocation).reduce((sum, perCall) => sum + perCall, 0);
  return [
    {
      name: `${contour} call: AWS calls per warm call (${operations || 'none'})`,
      measure: count(Object.values(calls.awsPerInvocation).reduce((sum, n) => sum + n, 0)),
    },
    { name: `${contour} call: bank calls per warm call`, measure: count(bank) },
  ];
}

/** The lifecycle cases at full size: the gateway and sync bundles under Lambda's lifecycle. */
export function lambdaLifecycleSection(results: LambdaLifecycleResults): Section {
  const { quota, rate, analytics, syncDeadline, syncDrain, callsPerWarmGatewayCall } = results;
  const admitted = quota.statuses['200'] ?? 0;
  return {
    title: 'Lambda lifecycle: plans, analytics and the sync as deployed',
    description:
      'The CDK-built cards-gateway and status-sync bundles run by `tools/lambda-lifecycle`: each execution environment a separate Node process, frozen with SIGSTOP between invocations and reclaimed with SIGKILL (no SIGTERM) at seeded random points, against DynamoDB Local, the bank sandbox and loopback KMS, Secrets Manager and SQS. Each figure has a target; exactness figures count what went wrong, so their target is 0.',
    figures: [
      {
        name: `quota: calls admitted beyond a ${quota.quotaPerDay}/day plan (${quota.calls} calls, ${quota.environmentsUsed} environments)`,
        measure: count(Math.max(0, admitted - quota.quotaPerDay)),
        target: NONE,
      },
      {
        name: 'quota: calls of the plan never admitted (stranded)',
        measure: count(Math.max(0, quota.quotaPerDay - admitted)),
        target: NONE,
      },
      {
        name: `quota: day warnings (${quota.dayWarnings.map((warning) => `${warning.thresholdPercent} % at ${warning.used}`).join(', ')})`,
        measure: count(quota.dayWarnings.length),
      },
      {
        name: `rate: most calls admitted in any one second, request to answer inside it (${rate.ratePerSecond}/s plan, ${rate.environments} environments, ${rate.seconds} s, ${rate.offered} offered)`,
        measure: count(rate.busiestOneSecondWindow),
        target: { on: 'value', bound: '≤', limit: rate.allowed, source: 'the rate + 10 %' },
      },
      {
        // What a partner sees: answers bunch up on a busy machine, so this is read, not bounded.
        name: 'rate: most admitted answers a partner received in any one second',
        measure: count(rate.busiestOneSecondOfAnswers),
      },
      {
        name: `analytics: answered calls not counted (${analytics.answered} answered, random reclaims)`,
        measure: count(analytics.lost),
        target: NONE,
      },
      {
        name: 'analytics: calls counted twice',
        measure: count(analytics.countedTwice),
        target: NONE,
      },
      ...deadlineFigures(syncDeadline),
      {
        name: `sync: documents drained a minute (${syncDrain.documents} due, bank +${syncDrain.bankLatencyMs} ms, ${syncDrain.workers} workers)`,
        measure: count(syncDrain.documentsPerMinute),
      },
      ...callFigures('sandbox', callsPerWarmGatewayCall.sandbox),
      ...callFigures('production', callsPerWarmGatewayCall.production),
      {
        name: 'production call: KMS calls per 1,000 calls',
        measure: count(callsPerWarmGatewayCall.production.kmsCallsPer1000),
      },
    ],
    notes: [
      `Run at scale \`${results.scale}\`; bundles built with target \`${results.bundleTarget}\` (the stack deploys node22; this machine runs Node 20).`,
      `50,000 pending documents at this drain rate: ${syncDrain.minutesFor50000AtThisConcurrency ?? 'n/a'} minutes with ${syncDrain.workers} workers on one DynamoDB Local, which serialises writes; see apps/status-sync/README.md for the extrapolation to AWS.`,
      "Exactness does not depend on the machine's load; the drain rate does.",
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/lambda-lifecycle bench',
  };
}

/**
 * The bounded-job case: each invocation answered before its timeout (a killed one counts as the
 * whole timeout, which misses), and none failed to publish the lag metric.
 */
function deadlineFigures(deadline: LambdaLifecycleResults['syncDeadline']): Figure[] {
  const size = `${deadline.documents} due, bank +${deadline.bankLatencyMs} ms`;
  const runs = [
    ['manual run of one organisation (checks in the invocation)', deadline.manual],
    ['scheduled run (dispatches to the check queue)', deadline.scheduled],
  ] as const;
  return [
    ...runs.map(([kind, run]) => ({
      name: `sync: ${kind} answered after, ${size} (${run.handled ?? 'n/a'} handled, ${run.leftForLater ?? 'n/a'} left for later; ${run.outcome})`,
      measure: {
        value: run.outcome === 'response' ? run.durationMs : deadline.timeoutMs,
        unit: 'ms' as const,
      },
      target: {
        on: 'value' as const,
        bound: '<' as const,
        limit: deadline.timeoutMs,
        source: "the function's timeout",
      },
    })),
    {
      name: 'sync: of those invocations, ones that published no lag metric',
      measure: count(runs.filter(([, run]) => run.lagMetricsPublished === 0).length),
      target: NONE,
    },
  ];
}
