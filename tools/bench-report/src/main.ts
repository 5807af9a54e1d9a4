// `pnpm bench`'s last step: docs/benchmarks.md from the results the benches just wrote, and
// docs/cost.md from the Lambda lifecycle harness's per-call counts and the gateway bench.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BENCH_RESULTS } from './bench-results.js';
import { gatewayCostReport } from './cost/gateway-cost.js';
import { renderCost } from './cost/render-cost.js';
import { renderReport } from './render-report.js';
import type { GatewayResults } from './sections/gateway-vs-proxy.js';
import type { LambdaLifecycleResults } from './sections/lambda-lifecycle.js';

const root = new URL('../../../', import.meta.url);
const resultsOf = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(new URL(path, root), 'utf8'));
  } catch (error) {
    throw new Error(`${path} could not be read: run pnpm bench first`, { cause: error });
  }
};
const sections = BENCH_RESULTS.map((bench) => bench.section(resultsOf(bench.path)));
mkdirSync(new URL('docs/', root), { recursive: true });
const report = new URL('docs/benchmarks.md', root);
writeFileSync(report, renderReport({ generatedAt: new Date().toISOString(), sections }));
process.stdout.write(`wrote ${report.pathname}\n`);

const cost = new URL('docs/cost.md', root);
writeFileSync(
  cost,
  renderCost(
    gatewayCostReport(
      resultsOf('tools/lambda-lifecycle/bench/results.json') as LambdaLifecycleResults,
      resultsOf('apps/cards-gateway/bench/results.json') as GatewayResults,
    ),
  ),
);
process.stdout.write(`wrote ${cost.pathname}\n`);
