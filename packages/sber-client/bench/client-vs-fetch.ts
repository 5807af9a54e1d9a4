// `pnpm bench`: the cost of a call through the client against a bare fetch of the same URL on
// the same loopback server, and the heap held while iterating 10,000 cards.
// `SBER_BENCH_PAIRS=200 pnpm bench` is a quick look: it prints, and leaves results.json alone.
// `pnpm bench` bundles this file with esbuild (ES2022, like tsc's dist/) and runs the bundle: tsx
// would wrap every function the client creates per call in a `__name` helper (its keepNames),
// work a partner's build never does, so it would charge the client for the loader.
import { writeFileSync } from 'node:fs';
import { machineFacts } from '@devportal/bench-report';
import { fetch as undiciFetch } from 'undici';
import { createSberClient } from '../src/index.js';
import { startPageServer } from './loopback-page-server.js';

const fullPairs = 4_000;
const pairedCalls = Number(process.env.SBER_BENCH_PAIRS ?? fullPairs);
const warmupCalls = Math.min(500, pairedCalls);
const cardsPerPage = 50;
const iteratedCards = 10_000;
const pagesHeldForSizing = 20;
const targetRatio = 1.05;
const accessToken = '322520c0-1895-47d1-a906-432c4ab7d14a-1';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (pnpm bench does)');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/**
 * Calls the client and Node's global fetch (the implementation the client sends through) in
 * pairs, in alternating order, and keeps the ratio of each pair: a busy machine slows both calls
 * of a pair alike, so the median ratio stays readable under noise. undici 7's own fetch (what
 * mutual TLS sends through) is timed after each pair, for comparison.
 */
async function measureLatency() {
  const server = await startPageServer(1, cardsPerPage);
  const url = `${server.apiBaseUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`;
  const client = createSberClient({ environment: server.apiBaseUrl, accessToken });
  const headers = { authorization: `Bearer ${accessToken}` };
  const bareFetch = async () => (await fetch(url, { headers })).json();
  const bareUndiciFetch = async () => (await undiciFetch(url, { headers })).json();
  const throughClient = () => client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
  for (let index = 0; index < warmupCalls; index++) {
    await Promise.all([bareFetch(), bareUndiciFetch(), throughClient()]);
  }
  const samples = { fetch: [] as number[], undici: [] as number[], client: [] as number[] };
  const ratios = { fetch: [] as number[], undici: [] as number[] };
  for (let index = 0; index < pairedCalls; index++) {
    const clientFirst = index % 2 === 0;
    const firstMs = clientFirst ? await timed(throughClient) : undefined;
    const fetchMs = await timed(bareFetch);
    const clientMs = firstMs ?? (await timed(throughClient));
    const undiciMs = await timed(bareUndiciFetch);
    samples.client.push(clientMs);
    samples.fetch.push(fetchMs);
    samples.undici.push(undiciMs);
    ratios.fetch.push(clientMs / fetchMs);
    ratios.undici.push(clientMs / undiciMs);
  }
  await client.close();
  await server.close();
  return {
    pairedCalls,
    fetchMedianMs: median(samples.fetch),
    undiciFetchMedianMs: median(samples.undici),
    clientMedianMs: median(samples.client),
    ratio: median(ratios.fetch),
    ratioToUndiciFetch: median(ratios.undici),
  };
}

async function measureHeap() {
  const server = await startPageServer(iteratedCards / cardsPerPage, cardsPerPage);
  const client = createSberClient({ environment: server.apiBaseUrl, accessToken });
  const statusCodes = ['ACTIVE'] as const;

  const baseline = heapUsed();
  let peakGrowth = 0;
  let cards = 0;
  for await (const page of client.businessCardPages({ statusCodes: [...statusCodes] })) {
    cards += page.cards.length;
    // Sampled while a page is alive: the iteration holds it and nothing earlier.
    peakGrowth = Math.max(peakGrowth, heapUsed() - baseline);
  }

  const beforePages = heapUsed();
  const heldPages = [];
  for (let page = 1; page <= pagesHeldForSizing; page++) {
    heldPages.push(await client.getBusinessCardPage({ statusCodes: [...statusCodes], page }));
  }
  const onePageBytes = (heapUsed() - beforePages) / heldPages.length;

  const beforeAll = heapUsed();
  const allCards = [];
  for await (const card of client.businessCards({ statusCodes: [...statusCodes] }))
    allCards.push(card);
  const allCardsBytes = heapUsed() - beforeAll;

  await client.close();
  await server.close();
  return {
    cards,
    peakGrowthBytes: peakGrowth,
    onePageBytes,
    allCardsBytes,
    heldCards: allCards.length,
  };
}

// Taken before anything runs: a load average above 2 on this 2-core machine makes the figures
// unreliable (see TOOLING), and the report shows it next to them.
const machine = machineFacts();
console.info(`load average at start: ${machine.loadAverage.join(' ')}`);
const latency = await measureLatency();
const heap = await measureHeap();
const { ratio } = latency;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.table({
  'bare fetch, Node global (median ms)': { value: latency.fetchMedianMs.toFixed(3) },
  'bare fetch, undici 7 (median ms)': { value: latency.undiciFetchMedianMs.toFixed(3) },
  'client (median ms)': { value: latency.clientMedianMs.toFixed(3) },
  'median ratio client / global fetch': { value: `${ratio.toFixed(3)} (target ≤ ${targetRatio})` },
  'median ratio client / undici fetch': { value: latency.ratioToUndiciFetch.toFixed(3) },
  [`heap growth iterating ${heap.cards} cards`]: { value: kib(heap.peakGrowthBytes) },
  'heap of one page held': { value: kib(heap.onePageBytes) },
  [`heap of all ${heap.heldCards} cards held`]: { value: kib(heap.allCardsBytes) },
});

if (pairedCalls === fullPairs) writeResults();

function writeResults() {
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine,
        latency: { ...latency, ratio, targetRatio, withinTarget: ratio <= targetRatio },
        // The iteration holds the current page while the next one is parsed: two pages at most.
        heap: { ...heap, boundedByOnePage: heap.peakGrowthBytes <= 2 * heap.onePageBytes },
      },
      null,
      2,
    )}\n`,
  );
}
