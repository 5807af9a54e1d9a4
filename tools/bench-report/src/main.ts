// `pnpm bench`'s last step: docs/benchmarks.md from the results the benches just wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BENCH_RESULTS } from './bench-results.js';
import { renderReport } from './render-report.js';

const root = new URL('../../../', import.meta.url);
const sections = BENCH_RESULTS.map((bench) => {
  const file = new URL(bench.path, root);
  try {
    return bench.section(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${bench.path} could not be read: run pnpm bench first`, { cause: error });
  }
});
const target = new URL('docs/benchmarks.md', root);
mkdirSync(new URL('docs/', root), { recursive: true });
writeFileSync(target, renderReport({ generatedAt: new Date().toISOString(), sections }));
process.stdout.write(`wrote ${target.pathname}\n`);
