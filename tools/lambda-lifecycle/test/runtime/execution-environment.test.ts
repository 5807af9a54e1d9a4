import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  ExecutionEnvironment,
  type InvocationRecord,
  LambdaFunction,
  processState,
} from '../../src/index.js';
import { fixtureFunction, NO_AWS } from '../support/fixture-function.js';

interface FixtureAnswer {
  pid: number;
  ticks: number;
  ticksWhileRunning: number;
  remainingAtStart: number;
  remainingAtEnd: number;
  requestId: string;
  functionName: string;
  memoryLimitInMB: string;
  callbackWaitsForEmptyEventLoop: boolean;
}

function answerOf(record: InvocationRecord): FixtureAnswer {
  if (record.outcome.kind !== 'response') throw new Error(`no answer: ${record.outcome.kind}`);
  return record.outcome.payload as FixtureAnswer;
}

function sigtermMarker(): string {
  return join(mkdtempSync(join(tmpdir(), 'lifecycle-sigterm-')), 'sigterm');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The idle time between invocations in which an unfrozen 5 ms interval would tick ~100 times. */
const IDLE_MS = 500;

describe('an execution environment', () => {
  it('is frozen between invocations: its interval timer does not fire while idle', async () => {
    // Prepare
    const environment = await ExecutionEnvironment.start(
      1,
      fixtureFunction({ sigtermMarker: sigtermMarker() }),
      NO_AWS,
    );
    try {
      // Act
      const first = answerOf(await environment.invoke({ waitMs: 100 }));
      const stateWhileIdle = processState(environment.pid);
      await delay(IDLE_MS);
      const second = answerOf(await environment.invoke({}));

      // Assess
      expect(stateWhileIdle).toBe('T');
      // The timer runs while thawed (the witness works)...
      expect(first.ticksWhileRunning).toBeGreaterThanOrEqual(10);
      // ...and not while frozen: only the few it fires between the thaw and the handler (the
      // runtime reads its 202 and asks for the next event first), never the idle time's ~100.
      expect(second.ticks - (first.ticks + first.ticksWhileRunning)).toBeLessThan(10);
    } finally {
      await environment.reclaim();
    }
  });

  it('is reclaimed by SIGKILL, never SIGTERM, even while frozen', async () => {
    // Prepare
    const reclaimedMarker = sigtermMarker();
    const terminatedMarker = sigtermMarker();
    const reclaimed = await ExecutionEnvironment.start(
      1,
      fixtureFunction({ sigtermMarker: reclaimedMarker }),
      NO_AWS,
    );
    const terminated = await ExecutionEnvironment.start(
      2,
      fixtureFunction({ sigtermMarker: terminatedMarker }),
      NO_AWS,
    );
    await reclaimed.invoke({});
    await terminated.invoke({});

    // Act
    await reclaimed.reclaim();
    // The witness: the same fixture, sent SIGTERM and continued, does write its marker.
    process.kill(terminated.pid, 'SIGTERM');
    process.kill(terminated.pid, 'SIGCONT');
    await terminated.exited;

    // Assess
    expect(isAlive(reclaimed.pid)).toBe(false);
    expect(existsSync(reclaimedMarker)).toBe(false);
    expect(existsSync(terminatedMarker)).toBe(true);
  });

  it('passes a context whose remaining time counts down from the timeout', async () => {
    // Prepare
    const environment = await ExecutionEnvironment.start(
      1,
      fixtureFunction({ sigtermMarker: sigtermMarker(), timeoutMs: 3_000, memorySize: 256 }),
      NO_AWS,
    );
    try {
      // Act
      const record = await environment.invoke({ waitMs: 200 });
      const answer = answerOf(record);

      // Assess
      expect(answer.remainingAtStart).toBeLessThanOrEqual(3_000);
      expect(answer.remainingAtStart).toBeGreaterThan(2_500);
      expect(answer.remainingAtStart - answer.remainingAtEnd).toBeGreaterThanOrEqual(190);
      expect(answer).toMatchObject({
        requestId: record.requestId,
        functionName: 'lifecycle-fixture',
        memoryLimitInMB: '256',
        callbackWaitsForEmptyEventLoop: true,
      });
      expect(record.logs.at(-1)).toBe(`END RequestId: ${record.requestId}`);
    } finally {
      await environment.reclaim();
    }
  });

  it('kills an invocation past its timeout and reports a timeout', async () => {
    // Prepare
    const fn = new LambdaFunction(
      fixtureFunction({ sigtermMarker: sigtermMarker(), timeoutMs: 500 }),
      NO_AWS,
    );
    try {
      const warm = answerOf(await fn.invoke({}));

      // Act
      const hung = await fn.invoke({ hang: true });
      const next = await fn.invoke({});

      // Assess
      expect(hung.outcome).toEqual({ kind: 'timeout' });
      expect(hung.durationMs).toBeGreaterThanOrEqual(500);
      expect(isAlive(warm.pid)).toBe(false);
      expect(next.coldStart).toBe(true);
      expect(answerOf(next).pid).not.toBe(warm.pid);
    } finally {
      await fn.close();
    }
  });
});

describe('a function', () => {
  it('serves one invocation per environment, cold-starts up to its reserved concurrency and throttles beyond', async () => {
    // Prepare
    const fn = new LambdaFunction(
      fixtureFunction({ sigtermMarker: sigtermMarker(), reservedConcurrency: 2 }),
      NO_AWS,
    );
    try {
      // Act
      const concurrent = await Promise.all([
        fn.invoke({ waitMs: 300 }),
        fn.invoke({ waitMs: 300 }),
        fn.invoke({ waitMs: 300 }),
      ]);
      const after = await fn.invoke({});

      // Assess
      const kinds = concurrent.map((record) => record.outcome.kind).sort();
      expect(kinds).toEqual(['response', 'response', 'throttled']);
      const served = concurrent.filter((record) => record.outcome.kind === 'response');
      expect(new Set(served.map((record) => answerOf(record).pid)).size).toBe(2);
      expect(served.every((record) => record.coldStart)).toBe(true);
      expect(after.coldStart).toBe(false);
      expect(fn.liveEnvironments).toHaveLength(2);
    } finally {
      await fn.close();
    }
  });

  it('reclaims environments at random from a seed, the same seed the same draws', async () => {
    // Prepare
    const coldStartsWith = async (seed: number) => {
      const fn = new LambdaFunction(fixtureFunction({ sigtermMarker: sigtermMarker() }), NO_AWS, {
        probability: 0.5,
        seed,
      });
      try {
        const records: InvocationRecord[] = [];
        for (let call = 0; call < 8; call++) records.push(await fn.invoke({}));
        return records.map((record) => record.coldStart);
      } finally {
        await fn.close();
      }
    };

    // Act
    const first = await coldStartsWith(7);
    const again = await coldStartsWith(7);

    // Assess
    expect(again).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(1);
    expect(first.filter(Boolean).length).toBeLessThan(8);
  });
});
