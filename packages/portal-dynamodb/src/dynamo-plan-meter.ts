import type {
  Admission,
  Clock,
  MeteredPlan,
  PlanMeter,
  QuotaPeriod,
} from '@devportal/portal-domain';
import {
  crossingsOf,
  guessedState,
  type MeterState,
  type MeterWrite,
  meterStep,
} from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys } from './keys.js';
import type { Expression } from './write-operations.js';

/**
 * Writes tried per call: the guess, then retries in the shape the old item calls for. Two shape
 * changes (a new window, the rate going idle or busy) take three; the rest is headroom for writes
 * of one item queued behind each other for longer than τ (DynamoDB Local on a loaded machine
 * shows ~1 s), where a write can lose to ones judged later.
 */
const MAX_WRITES = 6;
/**
 * From this write on, a call that has only lost races (never found the plan spent) is charged
 * its T without a condition on `tat`: the quota's conditions still hold it exact, and the
 * charge pushes `tat` on, so calls after it wait for it. Refusing it instead would answer 429
 * for a plan that is not spent (seen with 50 environments on 2 cores and with 64 clients); the
 * price is that, under such contention only, a second's calls may exceed the rate by the calls
 * in flight.
 */
const CHARGE_FROM_WRITE = MAX_WRITES - 1;
/**
 * Only plans this fast are charged so: for them a second's overshoot by the calls in flight is
 * noise, and a false 429 is not. A slower plan's rate is what its partners pay for; a call that
 * lost every race there is refused for a second instead (the lifecycle harness's rate case).
 */
const CHARGE_BELOW_INTERVAL_MS = 1;
/** Meters remembered per gateway environment: each a hint for the next write's shape, never a decision the table did not make. */
const MAX_HINTS = 10_000;
const PERIODS: readonly QuotaPeriod[] = ['day', 'month'];

/**
 * {@link PlanMeter} on the portal table: one item per application and product,
 * `APP#<appId> / METER#<productId>`, holding each quota window's key and calls (`day`,
 * `dayCalls`, `month`, `monthCalls`) and the rate's GCRA `tat`, all taken by one conditional
 * `UpdateItem` per call. Concurrent callers' `ADD`s commute, so they do not invalidate each
 * other; only a change of shape (the rate going idle, a new day or month) can fail a condition,
 * and the failed write's `ALL_OLD` says which shape to use next, with no read in between.
 *
 * The last state seen per meter is kept as a hint (bounded, per process) to guess the first
 * write's shape; losing it costs at most one failed write. A hint that already shows the quota
 * or the rate spent refuses without a write: counters only grow within a window and `tat` only
 * moves back once past, so the table can only be further on than the hint.
 */
export class DynamoPlanMeter implements PlanMeter {
  private readonly hints = new Map<string, MeterState>();

  constructor(private readonly store: DocumentStore) {}

  async read(applicationId: string, productId: string): Promise<MeterState> {
    const item = await this.store.get(keys.planMeter(applicationId, productId));
    return item ? stateOf(item) : { windows: {} };
  }

  async admit(
    applicationId: string,
    productId: string,
    plan: MeteredPlan,
    clock: Clock,
  ): Promise<Admission> {
    const key = keys.planMeter(applicationId, productId);
    const hintKey = `${key.PK}/${key.SK}`;
    let now = clock.now();
    let state = this.hints.get(hintKey) ?? guessedState(plan, now);
    for (let writes = 0; ; writes++) {
      let step = meterStep(plan, state, now);
      if (writes > 0 && !('write' in step && step.write.rate === 'busy')) {
        // A write lost to another. If `tat` is still within reach of the instant that write was
        // judged at, add to it from that instant: `tat` never decreases, so the lower bound
        // holds and only a jump past τ can fail it. Otherwise judge again at the clock's time:
        // a call whose writes waited behind others is not judged at an instant later calls
        // have moved `tat` past.
        now = clock.now();
        step = meterStep(plan, state, now);
      }
      if ('refusal' in step) return step.refusal;
      if (writes >= CHARGE_FROM_WRITE && step.write.cell.intervalMs < CHARGE_BELOW_INTERVAL_MS) {
        step = { write: { ...step.write, rate: 'charge' } };
      }
      // Every write lost a race to a change of shape: rare enough to refuse as if over the rate.
      if (writes === MAX_WRITES) return { admitted: false, refusal: 'rate', retryAfterSeconds: 1 };
      const { update, condition } = expressionsOf(step.write);
      const result = await this.store.updateReturning(key, update, condition);
      // UPDATED_NEW leaves out what a `continue` write did not change: the windows' keys.
      state = stateOf(
        result.updated
          ? { ...windowKeysOf(step.write), ...result.attributes }
          : (result.found ?? {}),
      );
      this.remember(hintKey, state);
      if (result.updated) return { admitted: true, crossings: crossingsOf(step.write, state) };
    }
  }

  private remember(hintKey: string, state: MeterState): void {
    this.hints.delete(hintKey);
    if (this.hints.size >= MAX_HINTS) {
      const oldest = this.hints.keys().next().value;
      if (oldest !== undefined) this.hints.delete(oldest);
    }
    this.hints.set(hintKey, state);
  }
}

/** The update and condition of `write` (see `MeterWrite` for the shapes). */
function expressionsOf(write: MeterWrite): { update: Expression; condition: Expression } {
  const set = ['entity = :entity', 'expiresAt = :ttl'];
  const add: string[] = [];
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ':entity': 'PlanMeter',
    ':ttl': Math.ceil(write.expiresAtMs / 1000),
  };
  for (const { window, mode } of write.windows) {
    const { period } = window;
    names[`#${period}`] = period;
    names[`#${period}Calls`] = `${period}Calls`;
    values[`:${period}`] = window.window;
    values[':one'] = 1;
    if (mode === 'continue') {
      add.push(`#${period}Calls :one`);
      conditions.push(`#${period} = :${period} AND #${period}Calls < :${period}Limit`);
      values[`:${period}Limit`] = window.limit;
    } else {
      // Pinned to an older window, so of racing writers one starts the window and the rest continue it.
      set.push(`#${period} = :${period}`, `#${period}Calls = :one`);
      conditions.push(`(attribute_not_exists(#${period}) OR #${period} < :${period})`);
    }
  }
  const { intervalMs, toleranceMs } = write.cell;
  values[':now'] = write.nowMs;
  if (write.rate === 'busy') {
    add.push('tat :interval');
    conditions.push('tat BETWEEN :now AND :latest');
    values[':interval'] = intervalMs;
    values[':latest'] = write.nowMs + toleranceMs;
  } else if (write.rate === 'charge') {
    set.push('tat = if_not_exists(tat, :now) + :interval');
    values[':interval'] = intervalMs;
  } else {
    set.push('tat = :next');
    conditions.push('(attribute_not_exists(tat) OR tat < :now)');
    values[':next'] = write.nowMs + intervalMs;
  }
  return {
    update: {
      expression: `SET ${set.join(', ')}${add.length > 0 ? ` ADD ${add.join(', ')}` : ''}`,
      names,
      values,
    },
    // A charge of a rate-only plan has no condition of its own; DynamoDB refuses an empty one.
    condition: {
      expression:
        conditions.length > 0
          ? conditions.join(' AND ')
          : 'attribute_exists(PK) OR attribute_not_exists(PK)',
    },
  };
}

function windowKeysOf(write: MeterWrite): StoredItem {
  return Object.fromEntries(write.windows.map(({ window }) => [window.period, window.window]));
}

/** What an item (old, or the attributes just written) says about the meter. */
function stateOf(item: StoredItem): MeterState {
  const windows: Record<string, { window: string; used: number }> = {};
  for (const period of PERIODS) {
    const window = item[period];
    if (typeof window === 'string') {
      windows[period] = { window, used: Number(item[`${period}Calls`] ?? 0) };
    }
  }
  return {
    windows,
    ...(item.tat !== undefined && { tatMs: Number(item.tat) }),
  };
}
