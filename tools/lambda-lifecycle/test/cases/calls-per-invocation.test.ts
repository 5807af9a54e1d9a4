import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CallsPerInvocation,
  gatewayToken,
  type InvocationCalls,
  type LifecycleWorld,
  measureWarmGatewayCalls,
} from '../../src/index.js';
import { LIMITS_NOT_REACHED, startGatewayCase } from '../support/gateway-case.js';

/** Issue 12, "What it costs a call": the bench measures more calls and writes them down. */
const CALLS = 20;

let world: LifecycleWorld;
let series: InvocationCalls[];
let average: CallsPerInvocation;

beforeAll(async () => {
  const started = await startGatewayCase({
    plan: { id: 'harness-counts', ...LIMITS_NOT_REACHED },
    gateway: { reservedConcurrency: 1 },
  });
  world = started.world;
  const { app, gateway } = started;
  const token = await gatewayToken(gateway, app);
  ({ series, average } = await measureWarmGatewayCalls(gateway, token, [world.sandbox], CALLS));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('what a warm sandbox call through the gateway costs', () => {
  it('reaches the bank exactly once per call', () => {
    expect(series.map((calls) => calls.status)).toEqual(Array(CALLS).fill(200));
    expect(average.bankPerInvocation).toEqual({ listBusinessCards: 1 });
  });

  it('calls no KMS and no Secrets Manager once warm', () => {
    const operations = Object.keys(average.awsPerInvocation);
    expect(operations.filter((operation) => !operation.startsWith('DynamoDB.'))).toEqual([]);
  });

  it('writes each call down in DynamoDB before it answers: nothing left to a timer', () => {
    const writes = ['UpdateItem', 'PutItem', 'TransactWriteItems', 'BatchWriteItem'];
    for (const calls of series) {
      const written = writes.reduce((sum, write) => sum + (calls.aws[`DynamoDB.${write}`] ?? 0), 0);
      expect(written).toBeGreaterThanOrEqual(1);
    }
  });
});
