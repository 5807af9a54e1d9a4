import { describe, expect, it } from 'vitest';
import { gatewayCallUsage, gatewayCostReport } from '../src/cost/gateway-cost.js';
import type { GatewayResults } from '../src/sections/gateway-vs-proxy.js';
import type { LambdaLifecycleResults } from '../src/sections/lambda-lifecycle.js';

const side = (p50Ms: number) => ({ p50Ms, p99Ms: p50Ms * 2, requestsPerSecond: 10 });

const gateway: GatewayResults = {
  operation: 'getCorporateCard',
  callsPerTargetAndConcurrency: 10,
  measuredAt: '2026-12-06T12:00:00.000Z',
  rows: [],
  slowBank: {
    bankLatencyMs: 50,
    callsPerTargetAndConcurrency: 10,
    rows: [
      { concurrency: 1, gateway: side(61.2), proxy: side(51) },
      { concurrency: 16, gateway: side(90), proxy: side(55) },
    ],
  },
};

const lifecycle = {
  measuredAt: '2026-12-06T12:30:00.000Z',
  callsPerWarmGatewayCall: {
    production: {
      invocations: 1000,
      awsPerInvocation: {
        'DynamoDB.UpdateItem': 4,
        'DynamoDB.GetItem': 0.5,
        'DynamoDB.TransactWriteItems': 0.01,
        'KMS.Decrypt': 0.001,
      },
      bankPerInvocation: { getCorporateCard: 1 },
      kmsCallsPer1000: 1,
    },
  },
} as unknown as LambdaLifecycleResults;

describe("the gateway's cost from the benches", () => {
  it('turns counted operations into capacity units, and the one-caller median into billed time', () => {
    expect(gatewayCallUsage(lifecycle, gateway)).toEqual({
      // 4 updates of small items, and a transaction of two items in one call of a hundred.
      dynamoDbWriteUnits: 4.04,
      // 7 units for each of 100 counters a minute, over 6,000 calls a minute.
      rollupWriteUnits: 0.117,
      dynamoDbReadUnits: 0.5,
      kmsRequests: 0.001,
      secretsManagerCalls: 0,
      billedDurationMs: 62,
      logBytes: 800,
    });
  });

  it("counts the credentials check's two-item BatchGetItem as two read units", () => {
    const checked = {
      ...lifecycle,
      callsPerWarmGatewayCall: {
        production: {
          ...lifecycle.callsPerWarmGatewayCall.production,
          awsPerInvocation: { 'DynamoDB.UpdateItem': 2, 'DynamoDB.BatchGetItem': 0.05 },
        },
      },
    } as unknown as LambdaLifecycleResults;

    expect(gatewayCallUsage(checked, gateway).dynamoDbReadUnits).toBe(0.1);
  });

  it('prices the deployed gateway at 100 calls a second against the $4 target', () => {
    const report = gatewayCostReport(lifecycle, gateway);
    expect(report.deployment.memoryMb).toBe(512);
    expect(report.callsPerSecond).toBe(100);
    expect(report.targetPerMillion).toBe(4);
    const writes = report.lines.find((line) => line.item === 'DynamoDB writes');
    expect(writes?.perMillionCalls).toBeCloseTo(4.04 * 0.625, 9);
  });
});
