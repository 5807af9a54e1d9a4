/**
 * A plan's per-second rate as GCRA (the generic cell rate algorithm): the state is one number,
 * the theoretical arrival time `tat` (epoch milliseconds) of the next call were calls spaced
 * exactly at the plan's rate. A call at `now` is admitted when `tat <= now + tolerance`; it then
 * moves `tat` to `max(tat, now) + interval`. Refused calls leave `tat` alone.
 */
export interface RateCell {
  /** The emission interval T = 1000 / ratePerSecond (ms): the spacing of calls at the plan's rate. */
  readonly intervalMs: number;
  /** The tolerance τ (ms): how far ahead of `now` `tat` may run, which is what allows a burst. */
  readonly toleranceMs: number;
}

/** How far past the plan's rate any one-second window may go (10 %). */
const BURST_ALLOWANCE_MS = 100;

/**
 * The cell of a plan of `ratePerSecond` calls a second.
 *
 * Why τ = max(0, 100 ms − T): let calls 1..n be admitted at t₁ ≤ … ≤ tₙ inside one window
 * [a, a + W). Each admission advances `tat` by T from at least the call's own time, so after
 * call n−1 `tat ≥ t₁ + (n−1)·T ≥ a + (n−1)·T`, and call n needed `tat ≤ tₙ + τ < a + W + τ`. Hence
 * (n−1)·T < W + τ, i.e. n ≤ ceil((W + τ) / T). With W = 1 s and R = 1000 / T calls a second that
 * is ceil(R·(1 + τ/1000)): for T ≥ 100 ms (R ≤ 10) τ = 0 and at most R calls; for T < 100 ms
 * ceil(R·(1.1 − T/1000)) = ceil(1.1·R − 1) ≤ 1.1·R. So every sliding second admits at most the
 * plan's rate plus 10 %, across any number of gateways sharing `tat`, and a fixed-window's double
 * burst at the boundary cannot happen. The burst from idle is floor(τ / T) + 1 calls.
 */
export function rateCellOf(ratePerSecond: number): RateCell {
  const intervalMs = 1000 / ratePerSecond;
  return { intervalMs, toleranceMs: Math.max(0, BURST_ALLOWANCE_MS - intervalMs) };
}
