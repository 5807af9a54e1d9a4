import { QUOTA_WARNING_THRESHOLDS } from '../webhooks/webhook-event.js';
import type { MeteredPlan, MeterRefusal, QuotaCrossing } from './plan-meter.js';
import { type QuotaPeriod, type QuotaWindow, quotaWindowsOf } from './quota.js';
import { type RateCell, rateCellOf } from './rate-cell.js';

/** A plan meter's stored state, as far as the gateway knows it (a write's answer, or a guess). */
export interface MeterState {
  /** Per period: the window the counter counts (`D2026-11-23`, `M2026-11`) and its calls. */
  readonly windows: Partial<
    Record<QuotaPeriod, { readonly window: string; readonly used: number }>
  >;
  /** GCRA's theoretical arrival time (epoch ms); absent before the first call. */
  readonly tatMs?: number;
}

/** How a write takes a call from one quota window. */
export interface WindowWrite {
  readonly window: QuotaWindow;
  /** `continue`: the stored window is this one, add 1; `roll`: it is older or absent, start at 1. */
  readonly mode: 'continue' | 'roll';
}

/** The conditional write admitting one call, if the state it assumes still holds. */
export interface MeterWrite {
  readonly windows: readonly WindowWrite[];
  /**
   * `busy`: `now ≤ tat ≤ now + τ`, add T to tat; `idle`: `tat < now` (or none), tat = now + T;
   * `charge`: the call is charged T without a condition on tat (a call that lost every race to
   * calls judged later, see `DynamoPlanMeter`).
   */
  readonly rate: 'busy' | 'idle' | 'charge';
  readonly cell: RateCell;
  /** The instant the call is judged at. */
  readonly nowMs: number;
  /** When the item may be forgotten: the end of its longest window (a day for a rate-only plan). */
  readonly expiresAtMs: number;
}

const DAY_MS = 86_400_000;

/**
 * The next step of metering a call of `plan` at `now`, given `state`: the write to try, or a
 * refusal. A refusal drawn from a stale `state` is still exact: within a window `used` only
 * grows, and `tat` only moves back once it is in the past, so the table can only be further on.
 */
export function meterStep(
  plan: MeteredPlan,
  state: MeterState,
  now: Date,
): { readonly write: MeterWrite } | { readonly refusal: MeterRefusal } {
  const nowMs = now.getTime();
  const cell = rateCellOf(plan.ratePerSecond);
  const windows = quotaWindowsOf({ ...plan, ...identity }, windowClock(state, nowMs));
  const exhausted = windows
    .filter((window) => {
      const stored = state.windows[window.period];
      return stored?.window === window.window && stored.used >= window.limit;
    })
    .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
  if (exhausted) {
    return {
      refusal: {
        admitted: false,
        refusal: 'quota',
        period: exhausted.period,
        limit: exhausted.limit,
        retryAfterSeconds: secondsUntil(exhausted.expiresAt.getTime(), nowMs),
      },
    };
  }
  const tatMs = state.tatMs;
  if (tatMs !== undefined && tatMs > nowMs + cell.toleranceMs) {
    return {
      refusal: {
        admitted: false,
        refusal: 'rate',
        retryAfterSeconds: secondsUntil(tatMs - cell.toleranceMs, nowMs),
      },
    };
  }
  return {
    write: {
      windows: windows.map((window) => ({
        window,
        mode: state.windows[window.period]?.window === window.window ? 'continue' : 'roll',
      })),
      rate: tatMs !== undefined && tatMs >= nowMs ? 'busy' : 'idle',
      cell,
      nowMs,
      expiresAtMs: Math.max(nowMs + DAY_MS, ...windows.map((w) => w.expiresAt.getTime())),
    },
  };
}

/** The first guess for a call when nothing is known: the current windows go on, the rate idles. */
export function guessedState(plan: MeteredPlan, now: Date): MeterState {
  const windows = quotaWindowsOf({ ...plan, ...identity }, now);
  return {
    windows: Object.fromEntries(windows.map(({ period, window }) => [period, { window, used: 0 }])),
  };
}

/**
 * The thresholds of `QUOTA_WARNING_THRESHOLDS` that the write's increment crossed: `used` calls
 * now, `used − 1` before. Each value of `used` in a window comes from exactly one successful
 * write, so each crossing is seen by one call across all gateways.
 */
export function crossingsOf(write: MeterWrite, after: MeterState): QuotaCrossing[] {
  const crossings: QuotaCrossing[] = [];
  for (const { window } of write.windows) {
    const used = after.windows[window.period]?.used;
    if (used === undefined) continue;
    for (const thresholdPercent of QUOTA_WARNING_THRESHOLDS) {
      const bar = window.limit * thresholdPercent;
      if (used * 100 >= bar && (used - 1) * 100 < bar) {
        crossings.push({ period: window.period, thresholdPercent, used, limit: window.limit });
      }
    }
  }
  return crossings;
}

/** `quotaWindowsOf` wants a whole plan; the meter needs only its limits. */
const identity = { id: '', name: '', contour: 'sandbox', confidential: false } as const;

/**
 * The instant whose windows count the call: now, or the start of a stored window that is ahead
 * of this gateway's clock (another gateway's clock crossed midnight a few ms earlier); counting
 * in it keeps every gateway on one window instead of resetting each other's counters.
 */
function windowClock(state: MeterState, nowMs: number): Date {
  const starts = Object.values(state.windows).map(({ window }) => windowStartMs(window));
  return new Date(Math.max(nowMs, ...starts.filter((start) => !Number.isNaN(start))));
}

/** `D2026-11-23` → its midnight, `M2026-11` → the 1st's midnight (UTC). */
function windowStartMs(window: string): number {
  const date = window.slice(1);
  return Date.parse(window.startsWith('M') ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`);
}

function secondsUntil(atMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((atMs - nowMs) / 1000));
}
