import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emfValues,
  type InvocationRecord,
  type LambdaFunction,
  type LifecycleWorld,
  schedulerEvent,
} from '../../src/index.js';
import { bundles, startWorld } from '../support/world.js';

/**
 * Issue 12, "The status sync as a bounded job": 2,500 due documents, a 1 s bank and the 240 s
 * timeout in the bench; here 100 documents, the same bank and an 8 s timeout. Eight checks at a
 * time need 13 s for them all: a run that ignores its deadline is killed.
 */
const DOCUMENTS = 100;
const BANK_LATENCY_MS = 1_000;
const TIMEOUT_MS = 8_000;

let world: LifecycleWorld;
let sync: LambdaFunction;
let run: InvocationRecord;

beforeAll(async () => {
  world = await startWorld();
  await world.dueLimitChanges(DOCUMENTS);
  world.sandbox.setFaults({ getLimitChangeState: { latencyMs: BANK_LATENCY_MS } });
  sync = world.statusSync({
    bundlePath: bundles().statusSync,
    reservedConcurrency: 1,
    timeoutMs: TIMEOUT_MS,
  });
  run = await sync.invoke(schedulerEvent());
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('a scheduled sync against a slow bank with more due work than its time allows', () => {
  it('returns its report before the deadline instead of being killed', () => {
    expect(run.outcome.kind).toBe('response');
    expect(run.durationMs).toBeLessThan(TIMEOUT_MS);
    const report = run.outcome.kind === 'response' ? run.outcome.payload : undefined;
    expect(report).toMatchObject({ startedAt: expect.any(String) });
  });

  it('publishes the lag metric (EMF on stdout) before it returns', () => {
    const lag = emfValues(run.logs, 'OldestPendingAgeSeconds');
    expect(lag).toHaveLength(1);
    expect(typeof lag[0]).toBe('number');
  });
});
