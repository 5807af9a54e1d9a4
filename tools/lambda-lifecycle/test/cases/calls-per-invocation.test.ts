import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CallsPerInvocation,
  callThroughApiGateway,
  type InvocationCalls,
  type LambdaFunction,
  type LifecycleWorld,
  measureCallsPerInvocation,
} from '../../src/index.js';
import { gatewayToken, LIST_CARDS } from '../support/drive.js';
import { bankRequest, bundles, startWorld } from '../support/world.js';

/** Issue 12, "What it costs a call": the bench measures more calls and writes them down. */
const CALLS = 20;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let series: InvocationCalls[];
let average: CallsPerInvocation;

beforeAll(async () => {
  world = await startWorld();
  await world.publishPlans([
    {
      id: 'harness-counts',
      name: 'Counts',
      contour: 'sandbox',
      confidential: false,
      ratePerSecond: 10_000,
      quotaPerDay: 1_000_000,
    },
  ]);
  const app = await world.application('harness-counts');
  gateway = world.cardsGateway({ bundlePath: bundles().cardsGateway, reservedConcurrency: 1 });
  const token = await gatewayToken(gateway, app);
  // The first bank call also fetches the sandbox's demo token: measured apart, warm calls here.
  await callThroughApiGateway(gateway, bankRequest(LIST_CARDS, token));
  ({ series, average } = await measureCallsPerInvocation(CALLS, [world.sandbox], async () => {
    const { response, invocation } = await callThroughApiGateway(
      gateway,
      bankRequest(LIST_CARDS, token),
    );
    return { invocation, status: response.status };
  }));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('what a warm sandbox call through the gateway costs', () => {
  it('reaches the bank exactly once per call', () => {
    expect(series.every((calls) => calls.status === 200)).toBe(true);
    expect(series.every((calls) => calls.bank.listBusinessCards === 1)).toBe(true);
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
