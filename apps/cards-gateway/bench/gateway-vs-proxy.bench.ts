import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startBankSandbox } from '@devportal/bank-sandbox';
import { machineFacts } from '@devportal/bench-report';
import { CATALOG_V1 } from '@devportal/portal-domain';
import { createTable } from '@devportal/portal-domain/dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support/dynamodb-local';
import { Pool } from 'undici';
import { createCardsGateway, DEFAULT_BASE_PATH, startCardsGatewayServer } from '../src/index.js';
import {
  localGatewayDependencies,
  newApplication,
  portalServices,
} from '../test/support/local-gateway.js';
import { startBareProxy } from './bare-proxy.js';

/**
 * `pnpm bench`: the same calls through the gateway and through a bare `node:http` pass-through
 * proxy to one sandbox, at 1, 16 and 64 concurrent callers, in alternating rounds so both see the
 * same machine load. Reports p50/p99 latency, requests per second and the gateway/proxy ratios.
 */
const CONCURRENCY = [1, 16, 64];
const ROUNDS = 4;
const CALLS_PER_ROUND = 600;
const WARM_UP_CALLS = 300;
const ROMASHKA = 'd4795a53-207d-40ed-9114-c4af1d0ff816';

const machine = machineFacts();
const dynamo = await startDynamoDbLocal();
const client = new DynamoDBClient({
  endpoint: dynamo.endpoint,
  region: DYNAMODB_LOCAL_REGION,
  credentials: DYNAMODB_LOCAL_CREDENTIALS,
});
const tableName = 'cards-gateway-bench';
await createTable(client, tableName);
const sandbox = await startBankSandbox({ port: 0 });
const deps = {
  ...(await localGatewayDependencies(client, tableName, sandbox)),
  onQuotaWarning: () => {},
};
const services = portalServices(deps);
// A bench-only plan: limits far above what the bench sends, so only the checks' cost is measured.
await services.api.catalog.publish({
  version: CATALOG_V1.version + 1,
  products: CATALOG_V1.products.map((product) => ({
    ...product,
    plans: [
      ...product.plans,
      {
        id: 'bench',
        name: 'Bench',
        contour: 'sandbox' as const,
        confidential: false,
        ratePerSecond: 1_000_000,
        quotaPerDay: 100_000_000,
      },
    ],
  })),
});
const application = await newApplication(services, 'bench');

const gateway = createCardsGateway(deps);
const server = await startCardsGatewayServer(gateway, { port: 0 });
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
  proxy: { origin: proxy.url, path: `/fintech/api/v1/corporate-cards/${card}` },
} as const;

/** Runs `calls` requests from `concurrency` callers; each call's latency in milliseconds. */
async function run(
  target: keyof typeof targets,
  concurrency: number,
  calls: number,
): Promise<{ latencies: number[]; seconds: number }> {
  const { origin, path } = targets[target];
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
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
        if (answer.statusCode !== 200) throw new Error(`${target} answered ${answer.statusCode}`);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { latencies, seconds };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const rows = [];
for (const concurrency of CONCURRENCY) {
  await run('gateway', concurrency, WARM_UP_CALLS);
  await run('proxy', concurrency, WARM_UP_CALLS);
  const samples = { gateway: [] as number[], proxy: [] as number[] };
  const seconds = { gateway: 0, proxy: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of round % 2 === 0
      ? (['gateway', 'proxy'] as const)
      : (['proxy', 'gateway'] as const)) {
      const result = await run(target, concurrency, CALLS_PER_ROUND);
      samples[target].push(...result.latencies);
      seconds[target] += result.seconds;
    }
  }
  const figures = (target: 'gateway' | 'proxy') => {
    const sorted = samples[target].sort((a, b) => a - b);
    return {
      p50Ms: round3(quantile(sorted, 0.5)),
      p99Ms: round3(quantile(sorted, 0.99)),
      requestsPerSecond: Math.round(sorted.length / seconds[target]),
    };
  };
  const gatewayFigures = figures('gateway');
  const proxyFigures = figures('proxy');
  rows.push({
    concurrency,
    gateway: gatewayFigures,
    proxy: proxyFigures,
    p50Ratio: round3(gatewayFigures.p50Ms / proxyFigures.p50Ms),
    p99Ratio: round3(gatewayFigures.p99Ms / proxyFigures.p99Ms),
    throughputRatio: round3(gatewayFigures.requestsPerSecond / proxyFigures.requestsPerSecond),
  });
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

console.table(
  rows.map((row) => ({
    concurrency: row.concurrency,
    'gateway p50 ms': row.gateway.p50Ms,
    'proxy p50 ms': row.proxy.p50Ms,
    'p50 ratio': row.p50Ratio,
    'gateway p99 ms': row.gateway.p99Ms,
    'proxy p99 ms': row.proxy.p99Ms,
    'p99 ratio': row.p99Ratio,
    'gateway req/s': row.gateway.requestsPerSecond,
    'proxy req/s': row.proxy.requestsPerSecond,
  })),
);
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify(
    {
      operation: 'getCorporateCard',
      callsPerTargetAndConcurrency: ROUNDS * CALLS_PER_ROUND,
      target: 'p50 and p99 ratio ≤ 1.3',
      measuredAt: new Date().toISOString(),
      machine,
      rows,
    },
    null,
    2,
  )}\n`,
);

await server.close();
await gateway.close();
await proxy.close();
await sandbox.close();
client.destroy();
await dynamo.stop();
