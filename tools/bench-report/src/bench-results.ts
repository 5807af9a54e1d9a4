import type { Section } from './section.js';
import { type ClientOverheadResults, clientOverheadSection } from './sections/client-overhead.js';
import { type GatewayCpuResults, gatewayCpuSection } from './sections/gateway-cpu.js';
import { type GatewayResults, gatewaySection } from './sections/gateway-vs-proxy.js';
import { type GostFromNpmResults, gostFromNpmSection } from './sections/gost-from-npm.js';
import { type GostSigningResults, gostSigningSection } from './sections/gost-signing.js';
import { type GostSoakResults, gostSoakSection } from './sections/gost-soak.js';
import { type LambdaBundlesResults, lambdaBundlesSection } from './sections/lambda-bundles.js';
import {
  type LambdaLifecycleResults,
  lambdaLifecycleSection,
} from './sections/lambda-lifecycle.js';
import { type StatusSyncResults, statusSyncSection } from './sections/status-sync.js';
import { type TokenJunkResults, tokenJunkSection } from './sections/token-junk.js';

/** A bench's `results.json`, relative to the repository's root, and how it reads in the report. */
export interface BenchResults {
  readonly path: string;
  section(results: unknown): Section;
}

/** The results file is the bench's own JSON: its shape is the section builder's input type. */
function bench<T>(path: string, section: (results: T) => Section): BenchResults {
  return { path, section: (results) => section(results as T) };
}

/**
 * The benches the report reads, in the report's order. `apps/bank-sandbox`'s bench
 * prints the sandbox's own latency with no baseline and writes no results: it is not here.
 */
export const BENCH_RESULTS: readonly BenchResults[] = [
  bench<ClientOverheadResults>('packages/sber-client/bench/results.json', clientOverheadSection),
  bench<GatewayResults>('apps/cards-gateway/bench/results.json', gatewaySection),
  bench<GatewayCpuResults>('apps/cards-gateway/bench/cpu-results.json', gatewayCpuSection),
  bench<TokenJunkResults>('apps/cards-gateway/bench/token-junk-results.json', tokenJunkSection),
  bench<StatusSyncResults>('apps/status-sync/bench/results.json', statusSyncSection),
  bench<GostSigningResults>('packages/digest/bench/results.json', gostSigningSection),
  bench<GostSoakResults>('packages/digest/bench/soak-results.json', gostSoakSection),
  bench<GostFromNpmResults>('tools/package-smoke/bench/results.json', gostFromNpmSection),
  bench<LambdaBundlesResults>('tools/lambda-bundles/bench/results.json', lambdaBundlesSection),
  bench<LambdaLifecycleResults>(
    'tools/lambda-lifecycle/bench/results.json',
    lambdaLifecycleSection,
  ),
];
