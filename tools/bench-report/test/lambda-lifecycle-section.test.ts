import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { meetsTarget } from '../src/figure-ratio.js';
import {
  type LambdaLifecycleResults,
  lambdaLifecycleSection,
  type SyncDeadlineOutcome,
} from '../src/sections/lambda-lifecycle.js';

// The committed results of the harness's bench: the shape the section reads.
const recorded = JSON.parse(
  readFileSync(new URL('../../lambda-lifecycle/bench/results.json', import.meta.url), 'utf8'),
) as LambdaLifecycleResults;

const answered: SyncDeadlineOutcome = {
  outcome: 'response',
  durationMs: 227_000,
  handled: 1_800,
  leftForLater: 700,
  lagMetricsPublished: 1,
};

function deadlineRows(manual: SyncDeadlineOutcome, scheduled: SyncDeadlineOutcome) {
  const section = lambdaLifecycleSection({
    ...recorded,
    syncDeadline: { documents: 2_500, bankLatencyMs: 1_000, timeoutMs: 240_000, manual, scheduled },
  });
  return section.figures
    .filter((figure) => figure.name.startsWith('sync: ') && figure.target)
    .map((figure) => figure.target && meetsTarget(figure, figure.target));
}

describe('lambdaLifecycleSection: the sync within its deadline', () => {
  test('meets its targets when both invocations answered in time with their lag metric', () => {
    expect(deadlineRows(answered, { ...answered, durationMs: 9_000 })).toEqual([true, true, true]);
  });

  test('a killed invocation misses, however long the harness waited for it', () => {
    const killed = { ...answered, outcome: 'timeout', durationMs: 1_000, handled: null };
    expect(deadlineRows(killed, answered)).toEqual([false, true, true]);
  });

  test('an invocation that published no lag metric misses', () => {
    expect(deadlineRows(answered, { ...answered, lagMetricsPublished: 0 })).toEqual([
      true,
      true,
      false,
    ]);
  });
});
