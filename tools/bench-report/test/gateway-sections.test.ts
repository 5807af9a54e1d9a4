import { describe, expect, test } from 'vitest';
import { meetsTarget } from '../src/figure-ratio.js';
import { formatMeasure, formatTarget } from '../src/format.js';
import { type GatewayCpuResults, gatewayCpuSection } from '../src/sections/gateway-cpu.js';
import { type GatewayResults, gatewaySection } from '../src/sections/gateway-vs-proxy.js';

const side = (p50Ms: number, requestsPerSecond: number) => ({
  p50Ms,
  p99Ms: p50Ms * 1.1,
  requestsPerSecond,
  refused: 0,
});

const latency: GatewayResults = {
  operation: 'getCorporateCard',
  callsPerTargetAndConcurrency: 1200,
  measuredAt: '2026-12-07T03:00:00.000Z',
  rows: [{ concurrency: 1, gateway: side(1.2, 800), proxy: side(0.5, 1800) }],
  slowBank: {
    bankLatencyMs: 50,
    callsPerTargetAndConcurrency: 400,
    rows: [
      { concurrency: 1, gateway: side(52, 19), proxy: side(51, 19.5) },
      { concurrency: 64, gateway: side(56, 800), proxy: side(52, 900) },
    ],
  },
};

const verdicts = (results: GatewayResults, at: string) =>
  Object.fromEntries(
    gatewaySection(results)
      .figures.filter((figure) => figure.target && figure.name.includes(at))
      .map((figure) => [figure.name, figure.target && meetsTarget(figure, figure.target)]),
  );

describe('gatewaySection with a fast bank', () => {
  test('judges p50 ≤ 1.05×, p99 ≤ 1.15× and throughput ≥ 0.95× of the bare proxy at each concurrency', () => {
    // Act
    const oneCaller = verdicts(latency, '1 concurrent, bank 50 ms');
    const manyCallers = verdicts(latency, '64 concurrent, bank 50 ms');

    // Assess
    expect(oneCaller).toEqual({
      'p50, 1 concurrent, bank 50 ms': true,
      'p99, 1 concurrent, bank 50 ms': true,
      'requests/s, 1 concurrent, bank 50 ms': true,
    });
    expect(manyCallers).toEqual({
      'p50, 64 concurrent, bank 50 ms': false,
      'p99, 64 concurrent, bank 50 ms': true,
      'requests/s, 64 concurrent, bank 50 ms': false,
    });
  });

  test('writes a lower bound as one', () => {
    expect(formatTarget({ on: 'ratio', bound: '≥', limit: 0.95 }, 'per second')).toBe(
      'ratio ≥ 0.95',
    );
  });
});

const summary = (busy: number) => ({
  busyMicrosecondsPerCall: busy,
  causes: [
    { name: 'table writes', share: busy > 500 ? 0.5 : 0 },
    { name: 'other', share: busy > 500 ? 0.5 : 1 },
  ],
  packages: [
    { name: '@smithy/core', microsecondsPerCall: busy / 2 },
    { name: 'undici', microsecondsPerCall: busy / 4 },
  ],
  functions: [{ name: 'writeStruct @smithy/core/dist-cjs/index.js:1', microsecondsPerCall: 40 }],
});

const cpu: GatewayCpuResults = {
  operation: 'getCorporateCard',
  calls: 3000,
  concurrency: 4,
  measuredAt: '2026-12-07T03:00:00.000Z',
  cpuMicrosecondsPerCall: { gateway: 900, proxy: 300 },
  profile: { samplingIntervalUs: 100, gateway: summary(800), proxy: summary(200) },
};

describe('gatewayCpuSection', () => {
  test('reads the gateway CPU per call against the proxy, and what it is charged to as shares of it', () => {
    // Act
    const { figures, notes } = gatewayCpuSection(cpu);

    // Assess
    expect(
      figures.map((figure) => [
        figure.name,
        formatMeasure(figure.measure),
        figure.baseline && formatMeasure(figure.baseline.measure),
      ]),
    ).toEqual([
      ['CPU per call, gateway', '900 µs', '300 µs'],
      ['CPU per call added by the gateway', '600 µs', undefined],
      ['CPU per call charged to table writes', '450 µs', undefined],
      ['CPU per call charged to other', '450 µs', '300 µs'],
    ]);
    expect(figures[0]?.target && meetsTarget(figures[0], figures[0].target)).toBe(true);
    expect(notes?.[0]).toContain('@smithy/core 400; undici 200');
    expect(notes?.[1]).toContain('`writeStruct @smithy/core/dist-cjs/index.js:1` 40');
  });
});
