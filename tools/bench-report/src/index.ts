export { BENCH_RESULTS, type BenchResults } from './bench-results.js';
export { withinBound } from './figure-ratio.js';
export { type MachineFacts, machineFacts } from './machine-facts.js';
export { type Report, renderReport } from './render-report.js';
export type { Figure, Measure, Section, Target, Unit } from './section.js';
export type { GatewayCpuResults } from './sections/gateway-cpu.js';
export { GATEWAY_FAST_BANK_TARGETS } from './sections/gateway-vs-proxy.js';
