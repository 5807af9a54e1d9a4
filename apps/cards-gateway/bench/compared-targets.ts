import { Pool } from 'undici';
import {
  type CardsGateway,
  type CardsGatewayServer,
  createCardsGateway,
  DEFAULT_BASE_PATH,
  startCardsGatewayServer,
} from '../src/index.js';
import { type BareProxy, startBareProxy } from './bare-proxy.js';
import type { BenchWorld } from './bench-world.js';

/** Where a bench sends `getCorporateCard`: an origin and the card's path there. */
export interface Target {
  readonly origin: string;
  readonly path: string;
}

/** A gateway served on a loopback port, with its target for the bench card. */
export interface ServedGateway {
  readonly target: Target;
  close(): Promise<void>;
}

/** The gateway and the bare proxy in front of one world's sandbox, and the caller's token. */
export interface ComparedTargets {
  readonly gateway: Target;
  readonly proxy: Target;
  /** The bench application's gateway token (the proxy ignores what it is sent). */
  readonly token: string;
  /** `gateway` served on a port of its own, for a variant of the gateway compared beside it. */
  serve(gateway: CardsGateway): Promise<ServedGateway>;
  close(): Promise<void>;
}

/** The sandbox organisation whose first card every bench call reads. */
const ROMASHKA = 'd4795a53-207d-40ed-9114-c4af1d0ff816';

/**
 * Starts the gateway on `world` and a bare proxy to its sandbox, and takes the bench
 * application's gateway token: the two sides every gateway bench compares.
 */
export async function startComparedTargets(world: BenchWorld): Promise<ComparedTargets> {
  const { sandbox, application } = world;
  const card = sandbox.organizations.find((org) => org.id === ROMASHKA)?.cards[0]?.businessCardId;
  if (!card) throw new Error(`the sandbox has no card of ${ROMASHKA}`);
  const serve = async (gateway: CardsGateway): Promise<ServedGateway> => {
    const server: CardsGatewayServer = await startCardsGatewayServer(gateway, { port: 0 });
    return {
      target: { origin: server.url, path: `${DEFAULT_BASE_PATH}/v1/corporate-cards/${card}` },
      close: async () => {
        await server.close();
        await gateway.close();
      },
    };
  };
  const gateway = await serve(createCardsGateway(world.deps));
  const tokenAnswer = await fetch(`${gateway.target.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: application.clientId,
      client_secret: application.clientSecret,
    }),
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const proxy: BareProxy = await startBareProxy(
    sandbox.url,
    sandbox.issueAccessToken({ organizationId: ROMASHKA }),
  );
  return {
    gateway: gateway.target,
    proxy: { origin: proxy.url, path: `/fintech/api/v1/corporate-cards/${card}` },
    token,
    serve,
    close: async () => {
      await gateway.close();
      await proxy.close();
    },
  };
}

/** What one run of calls met. */
export interface RunResult {
  /** Each call's latency, milliseconds. */
  readonly latencies: number[];
  /** Calls answered 429 (in the latencies too). */
  readonly refused: number;
  readonly seconds: number;
}

/** Runs `calls` `getCorporateCard` requests to `target` from `concurrency` callers. */
export async function runCalls(
  target: Target,
  token: string,
  concurrency: number,
  calls: number,
): Promise<RunResult> {
  const pool = new Pool(target.origin, { connections: concurrency, pipelining: 1 });
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
          path: target.path,
          headers: { authorization: `Bearer ${token}` },
        });
        await answer.body.arrayBuffer();
        // A 429 is the plan meter giving up after its bounded retries (see the README): counted
        // and kept in the latencies, never hidden; anything else is a broken run.
        if (answer.statusCode === 429) refused++;
        else if (answer.statusCode !== 200) {
          throw new Error(`${target.origin} answered ${answer.statusCode}`);
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { latencies, refused, seconds };
}
