import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  GATEWAY_FAST_BANK_TARGETS,
  machineFacts,
  type Target,
  withinBound,
} from '@devportal/bench-report';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from '@devportal/test-support/dynamodb-local';
import { createCardsGateway } from '../src/index.js';
import { startBenchWorld } from './bench-world.js';
import { runCalls, startComparedTargets } from './compared-targets.js';

/**
 * `pnpm bench`: the same calls through the gateway and through a bare `node:http` pass-through
 * proxy to one sandbox, at 1, 16 and 64 concurrent callers, in alternating rounds so both see the
 * same machine load, twice: with the sandbox answering at once (every storage round trip of the
 * gateway shows: reported as milliseconds added) and with the sandbox answering in 50 ms, a fast
 * bank (reported as ratios against the targets: p50 ≤ 1.05×, p99 ≤ 1.15×, throughput ≥ 0.95×).
 * The first pass also runs a gateway whose analytics writes are answered without reaching
 * DynamoDB, so what counting each call before its answer costs is measured, not guessed.
 *
 * `--quick` runs a tenth of the calls and writes no results: a check that the bench works.
 */
const quick = process.argv.includes('--quick');
const scale = (calls: number) => (quick ? Math.ceil(calls / 10) : calls);
const CONCURRENCY = [1, 16, 64];
const FAST_BANK = { rounds: 4, callsPerRound: scale(300), warmUpCalls: scale(150) };
const SLOW_BANK = { latencyMs: 50, rounds: 2, callsPerRound: scale(200), warmUpCalls: scale(50) };

const machine = machineFacts();
console.log(`load average at start: ${machine.loadAverage.join(' ')}`);
const world = await startBenchWorld('cards-gateway-bench');
const { deps, sandbox } = world;

const compared = await startComparedTargets(world);
// The same gateway with its analytics writes answered by the client itself: the baseline of what
// counting costs. Everything else (the plan meter, the token, the bank) is as in the real one.
const uncountedClient = new DynamoDBClient({
  endpoint: world.dynamoDbEndpoint,
  region: DYNAMODB_LOCAL_REGION,
  credentials: DYNAMODB_LOCAL_CREDENTIALS,
});
uncountedClient.middlewareStack.add(
  (next) => (args) => {
    const sortKey = (args.input as { Key?: { SK?: unknown } }).Key?.SK;
    if (typeof sortKey === 'string' && sortKey.startsWith('USAGE#')) {
      return Promise.resolve({ output: { $metadata: {} }, response: {} }) as ReturnType<
        typeof next
      >;
    }
    return next(args);
  },
  { step: 'initialize', name: 'skipAnalyticsWrites' },
);
const uncounted = await compared.serve(
  createCardsGateway({
    ...deps,
    repositories: dynamoRepositories({ client: uncountedClient, tableName: world.tableName }),
  }),
);
const targets = {
  gateway: compared.gateway,
  uncounted: uncounted.target,
  proxy: compared.proxy,
} as const;
type TargetName = keyof typeof targets;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Side {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  /** Calls answered 429 (in the latencies too). */
  readonly refused: number;
}

/**
 * Each concurrency in turn: a warm-up of every target, then `rounds` rounds in which the targets
 * take turns, their order rotating so no target always runs right after another.
 */
async function pass<T extends TargetName>(
  sides: readonly T[],
  plan: { rounds: number; callsPerRound: number; warmUpCalls: number },
): Promise<({ concurrency: number } & Record<T, Side>)[]> {
  const rows = [];
  for (const concurrency of CONCURRENCY) {
    for (const target of sides) {
      await runCalls(targets[target], compared.token, concurrency, plan.warmUpCalls);
    }
    const samples = new Map<T, number[]>(sides.map((target) => [target, []]));
    const seconds = new Map<T, number>(sides.map((target) => [target, 0]));
    const refused = new Map<T, number>(sides.map((target) => [target, 0]));
    for (let round = 0; round < plan.rounds; round++) {
      const order = sides.map((_, index) => sides[(index + round) % sides.length] as T);
      for (const target of order) {
        const result = await runCalls(
          targets[target],
          compared.token,
          concurrency,
          plan.callsPerRound,
        );
        samples.get(target)?.push(...result.latencies);
        seconds.set(target, (seconds.get(target) ?? 0) + result.seconds);
        refused.set(target, (refused.get(target) ?? 0) + result.refused);
      }
    }
    const row = { concurrency } as { concurrency: number } & Record<T, Side>;
    for (const target of sides) {
      const sorted = (samples.get(target) ?? []).sort((a, b) => a - b);
      (row as Record<T, Side>)[target] = {
        p50Ms: round3(quantile(sorted, 0.5)),
        p99Ms: round3(quantile(sorted, 0.99)),
        requestsPerSecond: Math.round(sorted.length / (seconds.get(target) ?? 1)),
        refused: refused.get(target) ?? 0,
      };
    }
    rows.push(row);
  }
  return rows;
}

const fastRows = await pass(['gateway', 'uncounted', 'proxy'], FAST_BANK);
sandbox.setFaults({ getCorporateCard: { latencyMs: SLOW_BANK.latencyMs } });
const slowRows = await pass(['gateway', 'proxy'], SLOW_BANK);
sandbox.setFaults({});

const ratios = (row: { gateway: Side; proxy: Side }) => ({
  p50Ratio: round3(row.gateway.p50Ms / row.proxy.p50Ms),
  p99Ratio: round3(row.gateway.p99Ms / row.proxy.p99Ms),
  throughputRatio: round3(row.gateway.requestsPerSecond / row.proxy.requestsPerSecond),
});
const rows = fastRows.map(({ concurrency, gateway, proxy }) => ({
  concurrency,
  gateway,
  proxy,
  ...ratios({ gateway, proxy }),
  addedP50Ms: round3(gateway.p50Ms - proxy.p50Ms),
  addedP99Ms: round3(gateway.p99Ms - proxy.p99Ms),
}));
const analytics = fastRows.map(({ concurrency, gateway, uncounted }) => ({
  concurrency,
  counted: gateway,
  uncounted,
  addedP50Ms: round3(gateway.p50Ms - uncounted.p50Ms),
  addedP99Ms: round3(gateway.p99Ms - uncounted.p99Ms),
}));
const slowBankRows = slowRows.map((row) => ({ ...row, ...ratios(row) }));

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const table = (pass: string, all: typeof rows | typeof slowBankRows) =>
  all.map((row) => ({
    pass,
    concurrency: row.concurrency,
    'gateway p50 ms': row.gateway.p50Ms,
    'proxy p50 ms': row.proxy.p50Ms,
    'p50 ratio': row.p50Ratio,
    'gateway p99 ms': row.gateway.p99Ms,
    'proxy p99 ms': row.proxy.p99Ms,
    'p99 ratio': row.p99Ratio,
    'gateway req/s': row.gateway.requestsPerSecond,
    'proxy req/s': row.proxy.requestsPerSecond,
    'gateway 429s': row.gateway.refused,
  }));
console.table([...table('sandbox as is', rows), ...table('bank in 50 ms', slowBankRows)]);
console.table(analytics.map(({ counted, uncounted, ...row }) => row));
const { p50, p99, throughput } = GATEWAY_FAST_BANK_TARGETS;
console.log(
  `bank in ${SLOW_BANK.latencyMs} ms, targets p50 ${p50.bound} ${p50.limit}×, p99 ${p99.bound} ${p99.limit}×, throughput ${throughput.bound} ${throughput.limit}×:`,
);
for (const row of slowBankRows) {
  const met = (ratio: number, target: Target) => (withinBound(ratio, target) ? 'met' : 'missed');
  console.log(
    `  ${row.concurrency} concurrent: p50 ${row.p50Ratio}× (${met(row.p50Ratio, p50)}), p99 ${row.p99Ratio}× (${met(row.p99Ratio, p99)}), throughput ${row.throughputRatio}× (${met(row.throughputRatio, throughput)})`,
  );
}
if (!quick) {
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(
      {
        operation: 'getCorporateCard',
        callsPerTargetAndConcurrency: FAST_BANK.rounds * FAST_BANK.callsPerRound,
        measuredAt: new Date().toISOString(),
        machine,
        rows,
        analytics,
        slowBank: {
          bankLatencyMs: SLOW_BANK.latencyMs,
          callsPerTargetAndConcurrency: SLOW_BANK.rounds * SLOW_BANK.callsPerRound,
          rows: slowBankRows,
        },
      },
      null,
      2,
    )}\n`,
  );
}

await uncounted.close();
uncountedClient.destroy();
await compared.close();
await world.close();
