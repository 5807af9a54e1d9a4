import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { machineFacts } from '@devportal/bench-report';
import {
  createCardsGateway,
  DEFAULT_BASE_PATH,
  NODE_TOKEN_REFUSAL_HOLD_MS,
  startCardsGatewayServer,
} from '../src/index.js';
import { startBenchWorld } from './bench-world.js';

/**
 * `pnpm bench` (token junk): what 20 concurrent junk token requests with made-up Client IDs cost
 * a partner. The partner (from 127.0.0.1) takes a token and calls the bank through the gateway
 * in a loop; rounds without junk alternate with rounds under junk from one address (the
 * attacker of the threat model) and rounds under junk from a fresh address per request (a botnet, which no address
 * throttle stops: every request reaches the credential check), so all see the same machine load.
 * The junk is sent from a thread of its own. Reported: the partner's call p50/p95 and token p50
 * in each, and their ratios (target: call p50 ratio ≤ 1.20 under one address's junk).
 */
const JUNK_CONCURRENCY = 20;
const ROUNDS = 3;
const ITERATIONS_PER_ROUND = 60;
const WARM_UP_ITERATIONS = 20;

const machine = machineFacts();
const world = await startBenchWorld('cards-gateway-token-junk-bench');
const { deps } = world;
const partner = world.application;
// Served as the local stack serves it: a long-lived Node server holds refusals.
const gateway = createCardsGateway({ ...deps, tokenRefusalHoldMs: NODE_TOKEN_REFUSAL_HOLD_MS });
const server = await startCardsGatewayServer(gateway, { port: 0 });
const origin = new URL(server.url);
const partnerAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.1' });

/** One HTTP exchange with the gateway, read whole: its status and body. */
function exchange(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | undefined,
  connection: { agent: Agent } | { localAddress: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        host: origin.hostname,
        port: origin.port,
        method,
        path,
        headers,
        ...('agent' in connection
          ? { agent: connection.agent }
          : { agent: false, localAddress: connection.localAddress }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

function tokenRequest(clientId: string, clientSecret: string) {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  }).toString();
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The partner's token request and one bank call with it: the milliseconds of each. */
async function partnerIteration(): Promise<{ tokenMs: number; callMs: number }> {
  const tokenStart = performance.now();
  const issued = await exchange(
    'POST',
    '/oauth/token',
    FORM,
    tokenRequest(partner.clientId, partner.clientSecret),
    { agent: partnerAgent },
  );
  const tokenMs = performance.now() - tokenStart;
  if (issued.status !== 200) throw new Error(`the partner got no token: ${issued.status}`);
  const token = (JSON.parse(issued.body) as { access_token: string }).access_token;
  const callStart = performance.now();
  const called = await exchange(
    'GET',
    `${DEFAULT_BASE_PATH}/v1/business-cards?page=1&statusCodes=ACTIVE`,
    { authorization: `Bearer ${token}` },
    undefined,
    { agent: partnerAgent },
  );
  const callMs = performance.now() - callStart;
  if (called.status !== 200) throw new Error(`the partner's call failed: ${called.status}`);
  return { tokenMs, callMs };
}

/**
 * The junk senders, on a thread of their own (as an attacker's machine would be): 20 loops of
 * token requests with made-up Client IDs and secrets, from `address`, or from a fresh loopback
 * address each when `address` is `fresh` (a botnet, which no address throttle stops), until told
 * to stop; then they post how the gateway answered.
 */
const JUNK_SENDER = `
const { request } = require('node:http');
const { randomBytes, randomUUID } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');
const { host, port, concurrency, address } = workerData;
let stopped = false;
let sent = 0;
const statuses = {};
parentPort.on('message', () => { stopped = true; });
function junk(localAddress) {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: randomUUID(),
    client_secret: 'dps_' + randomBytes(32).toString('base64url'),
  }).toString();
  return new Promise((resolve) => {
    const sent = request({ host, port, method: 'POST', path: '/oauth/token', agent: false, localAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    sent.on('error', () => resolve(0));
    sent.end(body);
  });
}
async function loop() {
  while (!stopped) {
    const index = sent++;
    const from = address === 'fresh'
      ? '127.1.' + (Math.floor(index / 250) % 250) + '.' + ((index % 250) + 1)
      : address;
    const status = await junk(from);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}
Promise.all(Array.from({ length: concurrency }, loop)).then(() => parentPort.postMessage({ sent, statuses }));
`;

/** Where junk comes from: one address (the threat model's attacker), or a fresh one per request. */
type JunkSource = '127.0.0.9' | 'fresh';

/** The junk senders' answers, per scenario. */
const junkAnswers: Record<string, Record<number, number>> = {};

async function round(iterations: number, junkFrom: JunkSource | undefined) {
  const samples: { tokenMs: number; callMs: number }[] = [];
  const sender =
    junkFrom &&
    new Worker(JUNK_SENDER, {
      eval: true,
      workerData: {
        host: origin.hostname,
        port: Number(origin.port),
        concurrency: JUNK_CONCURRENCY,
        address: junkFrom,
      },
    });
  for (let iteration = 0; iteration < iterations; iteration++) {
    samples.push(await partnerIteration());
  }
  if (sender) {
    const done = new Promise<{ statuses: Record<number, number> }>((resolve) =>
      sender.once('message', resolve),
    );
    sender.postMessage('stop');
    const { statuses } = await done;
    await sender.terminate();
    const tally = junkAnswers[junkFrom] ?? {};
    junkAnswers[junkFrom] = tally;
    for (const [status, count] of Object.entries(statuses)) {
      tally[Number(status)] = (tally[Number(status)] ?? 0) + count;
    }
  }
  return samples;
}
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function summary(samples: { tokenMs: number; callMs: number }[]) {
  const calls = samples.map((sample) => sample.callMs);
  const tokens = samples.map((sample) => sample.tokenMs);
  return {
    callP50Ms: round3(quantile(calls, 0.5)),
    callP95Ms: round3(quantile(calls, 0.95)),
    tokenP50Ms: round3(quantile(tokens, 0.5)),
    iterations: samples.length,
  };
}

type Samples = { tokenMs: number; callMs: number }[];

await round(WARM_UP_ITERATIONS, undefined);
await round(WARM_UP_ITERATIONS, '127.0.0.9');
const quiet: Samples = [];
const underJunk: Samples = [];
const underBotnet: Samples = [];
for (let index = 0; index < ROUNDS; index++) {
  quiet.push(...(await round(ITERATIONS_PER_ROUND, undefined)));
  underJunk.push(...(await round(ITERATIONS_PER_ROUND, '127.0.0.9')));
  underBotnet.push(...(await round(ITERATIONS_PER_ROUND, 'fresh')));
}
const without = summary(quiet);
const withJunk = summary(underJunk);
const withBotnet = summary(underBotnet);
const results = {
  measuredAt: new Date().toISOString(),
  machine,
  junkConcurrency: JUNK_CONCURRENCY,
  junkAnswers,
  withoutJunk: without,
  withJunkFromOneAddress: withJunk,
  withJunkFromFreshAddresses: withBotnet,
  callP50Ratio: round3(withJunk.callP50Ms / without.callP50Ms),
  callP95Ratio: round3(withJunk.callP95Ms / without.callP95Ms),
  tokenP50Ratio: round3(withJunk.tokenP50Ms / without.tokenP50Ms),
  botnetCallP50Ratio: round3(withBotnet.callP50Ms / without.callP50Ms),
  botnetTokenP50Ratio: round3(withBotnet.tokenP50Ms / without.tokenP50Ms),
  targetCallP50Ratio: 1.2,
};
writeFileSync(
  new URL('./token-junk-results.json', import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.info(JSON.stringify(results, null, 2));

partnerAgent.destroy();
await server.close();
await gateway.close();
await world.close();
