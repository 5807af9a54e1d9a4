export { BENCH_RESULTS, type BenchResults } from './bench-results.js';
export { type MachineFacts, machineFacts } from './machine-facts.js';
export { type Report, renderReport } from './render-report.js';
export type { Figure, Measure, Section, Target, Unit } from './section.js';
