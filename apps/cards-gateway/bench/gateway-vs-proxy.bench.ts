import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { machineFacts } from '@devportal/bench-report';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from '@devportal/test-support/dynamodb-local';
import { Pool } from 'undici';
import { createCardsGateway, DEFAULT_BASE_PATH, startCardsGatewayServer } from '../src/index.js';
import { startBareProxy } from './bare-proxy.js';
import { startBenchWorld } from './bench-world.js';

/**
 * `pnpm bench`: the same calls through the gateway and through a bare `node:http` pass-through
 * proxy to one sandbox, at 1, 16 and 64 concurrent callers, in alternating rounds so both see the
 * same machine load, twice: with the sandbox answering at once (every storage round trip of the
 * gateway shows: reported as milliseconds added) and with the sandbox answering in 50 ms, a fast
 * bank (reported as ratios; targets p50 ≤ 1.1×, p99 ≤ 1.2×). The first pass also runs a gateway
 * whose analytics writes are answered without reaching DynamoDB, so what counting each call
 * before its answer costs is measured, not guessed.
 */
const CONCURRENCY = [1, 16, 64];
const FAST_BANK = { rounds: 4, callsPerRound: 300, warmUpCalls: 150 };
const SLOW_BANK = { latencyMs: 50, rounds: 2, callsPerRound: 200, warmUpCalls: 50 };
const ROMASHKA = 'd4795a53-207d-40ed-9114-c4af1d0ff816';

const machine = machineFacts();
const world = await startBenchWorld('cards-gateway-bench');
const { deps, sandbox } = world;
const application = world.application;

const gateway = createCardsGateway(deps);
const server = await startCardsGatewayServer(gateway, { port: 0 });
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
const uncountedGateway = createCardsGateway({
  ...deps,
  repositories: dynamoRepositories({ client: uncountedClient, tableName: world.tableName }),
});
const uncountedServer = await startCardsGatewayServer(uncountedGateway, { port: 0 });
const tokenAnswer = await fetch(`${server.url}/oauth/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: application.clientId,
    client_secret: application.clientSecret,
  }),
});
const { access_token: gatewayToken } = (await tokenAnswer.json()) as { access_token: string };
const proxy = await startBareProxy(
  sandbox.url,
  sandbox.issueAccessToken({ organizationId: ROMASHKA }),
);
const card = sandbox.organizations.find((org) => org.id === ROMASHKA)?.cards[0]?.businessCardId;
const targets = {
  gateway: { origin: server.url, path: `${DEFAULT_BASE_PATH}/v1/corporate-cards/${card}` },
  uncounted: {
    origin: uncountedServer.url,
    path: `${DEFAULT_BASE_PATH}/v1/corporate-cards/${card}`,
  },
  proxy: { origin: proxy.url, path: `/fintech/api/v1/corporate-cards/${card}` },
} as const;
type Target = keyof typeof targets;

/** Runs `calls` requests from `concurrency` callers; each call's latency in milliseconds. */
async function run(
  target: Target,
  concurrency: number,
  calls: number,
): Promise<{ latencies: number[]; refused: number; seconds: number }> {
  const { origin, path } = targets[target];
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let refused = 0;
  let left = calls;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const begin = performance.now();
        const answer = await pool.request({
          method: 'GET',
          path,
          headers: { authorization: `Bearer ${gatewayToken}` },
        });
        await answer.body.arrayBuffer();
        // A 429 is the plan meter giving up after its bounded retries (see the README): counted
        // and kept in the latencies, never hidden; anything else is a broken run.
        if (answer.statusCode === 429) refused++;
        else if (answer.statusCode !== 200) {
          throw new Error(`${target} answered ${answer.statusCode}`);
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { latencies, refused, seconds };
}

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
async function pass<T extends Target>(
  compared: readonly T[],
  plan: { rounds: number; callsPerRound: number; warmUpCalls: number },
): Promise<({ concurrency: number } & Record<T, Side>)[]> {
  const rows = [];
  for (const concurrency of CONCURRENCY) {
    for (const target of compared) await run(target, concurrency, plan.warmUpCalls);
    const samples = new Map<T, number[]>(compared.map((target) => [target, []]));
    const seconds = new Map<T, number>(compared.map((target) => [target, 0]));
    const refused = new Map<T, number>(compared.map((target) => [target, 0]));
    for (let round = 0; round < plan.rounds; round++) {
      const order = compared.map((_, index) => compared[(index + round) % compared.length] as T);
      for (const target of order) {
        const result = await run(target, concurrency, plan.callsPerRound);
        samples.get(target)?.push(...result.latencies);
        seconds.set(target, (seconds.get(target) ?? 0) + result.seconds);
        refused.set(target, (refused.get(target) ?? 0) + result.refused);
      }
    }
    const row = { concurrency } as { concurrency: number } & Record<T, Side>;
    for (const target of compared) {
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

await server.close();
await gateway.close();
await uncountedServer.close();
await uncountedGateway.close();
uncountedClient.destroy();
await proxy.close();
await world.close();
