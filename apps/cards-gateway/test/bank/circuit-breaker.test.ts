import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/bank/circuit-breaker.js';

function breakerAt(start = 0) {
  const clock = { now: start, openings: 0 };
  const breaker = new CircuitBreaker(
    { failureThreshold: 3, coolDownMs: 10_000 },
    () => clock.now,
    () => clock.openings++,
  );
  return { breaker, clock };
}

function fail(breaker: CircuitBreaker, times: number): void {
  for (let failure = 0; failure < times; failure++) {
    expect(breaker.admit()).toEqual({ admitted: true });
    breaker.failed();
  }
}

describe('the circuit breaker', () => {
  it('stays closed below the threshold and opens at it, refusing with the cool-down left', () => {
    // Prepare
    const { breaker, clock } = breakerAt();

    // Act
    fail(breaker, 2);
    const belowThreshold = breaker.admit();
    breaker.failed();
    const atOpening = breaker.admit();
    clock.now = 7_500;
    const later = breaker.admit();

    // Assess
    expect(belowThreshold).toEqual({ admitted: true });
    expect(atOpening).toEqual({ admitted: false, retryAfterSeconds: 10 });
    expect(later).toEqual({ admitted: false, retryAfterSeconds: 3 });
    expect(clock.openings).toBe(1);
  });

  it('counts failures in a row only: an answer in between starts the count again', () => {
    // Prepare
    const { breaker } = breakerAt();

    // Act
    fail(breaker, 2);
    breaker.succeeded();
    fail(breaker, 2);

    // Assess
    expect(breaker.admit()).toEqual({ admitted: true });
  });

  it('lets one trial call through after the cool-down, and closes when it succeeds', () => {
    // Prepare
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    clock.now = 10_000;

    // Act
    const trial = breaker.admit();
    const duringTrial = breaker.admit();
    breaker.succeeded();
    const afterTrial = [breaker.admit(), breaker.admit()];

    // Assess
    expect(trial).toEqual({ admitted: true });
    expect(duringTrial).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(afterTrial).toEqual([{ admitted: true }, { admitted: true }]);
  });

  it('opens for another cool-down when the trial call fails', () => {
    // Prepare
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    clock.now = 10_000;

    // Act
    const trial = breaker.admit();
    breaker.failed();
    const reopened = breaker.admit();
    clock.now = 19_999;
    const justBefore = breaker.admit();
    clock.now = 20_000;
    const nextTrial = breaker.admit();

    // Assess
    expect(trial).toEqual({ admitted: true });
    expect(reopened).toEqual({ admitted: false, retryAfterSeconds: 10 });
    expect(justBefore).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(nextTrial).toEqual({ admitted: true });
    expect(clock.openings).toBe(2);
  });
});
