/** The sandbox's source of time (epoch milliseconds). Injected so tests advance time without sleeping. */
export interface Clock {
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that moves only when told to.
 *
 * @example
 * const clock = new ManualClock(Date.parse('2026-11-23T09:00:00Z'));
 * const sandbox = await startBankSandbox({ port: 0, clock });
 * clock.advance(10 * 60_000); // documents move on, tokens expire
 */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: number | Date = Date.parse('2026-01-15T09:00:00Z')) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  /** moves the clock forward by `ms` milliseconds */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('A clock does not go backwards');
    this.#now += ms;
  }

  /** sets the clock to an instant */
  set(instant: number | Date): void {
    this.#now = typeof instant === 'number' ? instant : instant.getTime();
  }
}

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** The calendar date in Moscow (UTC+3, no DST) of an instant, as `YYYY-MM-DD`: the bank dates documents in its own zone. */
export function moscowDate(epochMs: number): string {
  return new Date(epochMs + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}
