import type { Clock } from '../../src/index.js';

/**
 * A clock that moves only when a test moves it, one millisecond per reading (so audit keys sort).
 * Shared with the DynamoDB adapter's tests as `@devportal/portal-domain/test-clock` (workspace only).
 */
export class TestClock implements Clock {
  private current: number;

  constructor(start = Date.parse('2026-11-23T09:00:00.000Z')) {
    this.current = start;
  }

  now(): Date {
    this.current += 1;
    return new Date(this.current);
  }

  /** Jumps ahead by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }
}
