import { describe, expect, it } from 'vitest';
import {
  callsPerMonth,
  costPerMillionCalls,
  totalPerMillion,
  xRaySampledShare,
} from '../src/cost/cost-model.js';
import { LIST_PRICES } from '../src/cost/list-prices.js';
import { renderCost } from '../src/cost/render-cost.js';

const usage = {
  dynamoDbWriteUnits: 4,
  rollupWriteUnits: 0.2,
  dynamoDbReadUnits: 0.5,
  kmsRequests: 0.001,
  secretsManagerCalls: 0,
  billedDurationMs: 40,
  logBytes: 0,
};

describe('the cost model', () => {
  it('prices each service from the per-call usage', () => {
    // Prepare: 4 WRU, 0.2 WRU of roll-up, half an RRU, 40 ms at 512 MB, one trace in ten.
    const lines = costPerMillionCalls(usage, { memoryMb: 512, tracedShare: 0.1 }, LIST_PRICES);
    const byItem = Object.fromEntries(lines.map((line) => [line.item, line.perMillionCalls]));

    // Assess: each line by hand.
    expect(byItem['API Gateway HTTP API']).toBeCloseTo(1.0, 9);
    expect(byItem['Lambda requests']).toBeCloseTo(0.2, 9);
    // 0.5 GB × 0.04 s = 0.02 GB-s a call; a million of them at $0.0000133334.
    expect(byItem['Lambda duration (arm64)']).toBeCloseTo(0.266668, 6);
    expect(byItem['DynamoDB writes']).toBeCloseTo(2.5, 9);
    expect(byItem['DynamoDB roll-up writes']).toBeCloseTo(0.125, 9);
    expect(byItem['DynamoDB reads']).toBeCloseTo(0.0625, 9);
    // 1,000 KMS requests a million calls at $0.03 per 10,000.
    expect(byItem.KMS).toBeCloseTo(0.003, 9);
    expect(byItem['X-Ray']).toBeCloseTo(0.5, 9);
    expect(totalPerMillion(lines)).toBeCloseTo(
      1 + 0.2 + 0.266668 + 2.5 + 0.125 + 0.0625 + 0.003 + 0.5,
      6,
    );
  });

  it('counts a 30-day month and X-Ray default sampling', () => {
    expect(callsPerMonth(100)).toBe(259_200_000);
    expect(xRaySampledShare(1)).toBe(1);
    // 1 a second plus 5 % of the other 99.
    expect(xRaySampledShare(100)).toBeCloseTo(5.95 / 100, 9);
  });

  it('renders the bill with the monthly figure and the verdict on the target', () => {
    const lines = costPerMillionCalls(usage, { memoryMb: 512, tracedShare: 0.1 }, LIST_PRICES);
    const markdown = renderCost({
      usage,
      deployment: { memoryMb: 512, tracedShare: 0.1 },
      lines,
      callsPerSecond: 100,
      targetPerMillion: 4,
      measuredBy: 'a test',
      notes: ['a note'],
    });
    expect(markdown).toContain('| DynamoDB writes | 4 WRU × $0.625/M | $2.500 | $648 |');
    expect(markdown).toContain('(target ≤ $4.00: **missed**)');
    expect(markdown).toContain('- a note');
  });
});
