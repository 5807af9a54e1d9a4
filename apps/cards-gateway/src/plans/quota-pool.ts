import {
  type Plan,
  QUOTA_WARNING_THRESHOLDS,
  type QuotaPeriod,
  type QuotaReservations,
  type QuotaWarningThreshold,
  quotaWindowsOf,
} from '@devportal/portal-domain';
import type { PlanClaim } from '../auth/gateway-claims.js';
import type { QuotaWarningListener } from './quota-warning.js';

/** The outcome of taking one call from an application's quota. */
export type QuotaDecision =
  | { readonly granted: true }
  | {
      readonly granted: false;
      readonly period: QuotaPeriod;
      readonly limit: number;
      readonly retryAfterSeconds: number;
    };

/** The caller whose quota a call is taken from. */
export interface QuotaCaller {
  readonly organisationId: string;
  readonly applicationId: string;
}

interface Exhaustion {
  readonly period: QuotaPeriod;
  readonly limit: number;
  readonly windowEndsAtMs: number;
  readonly recheckAtMs: number;
}

interface PoolEntry {
  readonly caller: QuotaCaller;
  readonly plan: Plan;
  readonly productId: string;
  readonly smallestLimit: number;
  available: number;
  reservedAtMs: number;
  dayNumber: number;
  batchSize: number;
  usageCheckedAtMs: number;
  /** The largest share (0..1) of a window taken at the last usage read, plus this instance's reservations since. */
  estimatedShare: number;
  refilling?: Promise<void>;
  exhausted?: Exhaustion;
}

const GRANTED: QuotaDecision = { granted: true };
const DAY_MS = 86_400_000;
const MAX_BATCH = 1_000;
/** Usage is read for warnings at most this often per application and plan: each read costs the table. */
const USAGE_CHECK_INTERVAL_MS = 5_000;
/** A refused instance asks the table again after this long: others may have given calls back. */
const EXHAUSTED_RECHECK_MS = 10_000;

/**
 * Plan quotas (per day and per month) spent from memory. Calls are reserved from the table in
 * batches (10% of what is left, 1 to 1,000) by the domain's conditional `ADD`, so instances
 * together never pass the plan; each instance spends its batch locally and reserves the next one
 * in the background when half of it is spent. Warnings read the windows' usage after a
 * reservation: every few seconds, and after each one once a window may be past 80 %. Unspent calls go back to the table on `close()` or when the day
 * changes.
 */
export class QuotaPool {
  private readonly entries = new Map<string, PoolEntry>();
  private readonly warned = new Set<string>();
  private readonly background = new Set<Promise<void>>();

  constructor(
    private readonly reservations: QuotaReservations,
    private readonly now: () => number,
    private readonly onWarning: QuotaWarningListener,
    private readonly onFault: (what: string, error: unknown) => void,
  ) {}

  /** Takes one call of `plan`; synchronous while the instance holds reserved calls. */
  take(caller: QuotaCaller, plan: PlanClaim): QuotaDecision | Promise<QuotaDecision> {
    if (plan.quotaPerDay === undefined && plan.quotaPerMonth === undefined) return GRANTED;
    const entry = this.entryOf(caller, plan);
    const now = this.now();
    const day = Math.floor(now / DAY_MS);
    if (entry.dayNumber !== day) this.startNewDay(entry, day);
    if (entry.available > 0) {
      entry.available -= 1;
      if (entry.available <= Math.floor(entry.batchSize / 2) && !entry.refilling) {
        this.inBackground(this.refill(entry));
      }
      return GRANTED;
    }
    if (entry.exhausted && now < entry.exhausted.recheckAtMs) {
      return refusalOf(entry.exhausted, now);
    }
    return this.takeReserving(entry);
  }

  /** Waits for reservations in flight and gives every unspent call back to the table. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.background]);
    await Promise.all(
      [...this.entries.values()].map((entry) =>
        this.giveBack(entry).catch((error) => {
          this.onFault('quota release', error);
        }),
      ),
    );
  }

  /** Waits for a reservation; calls it brought may go to concurrent callers first, so it loops. */
  private async takeReserving(entry: PoolEntry): Promise<QuotaDecision> {
    for (;;) {
      await this.refill(entry);
      if (entry.available > 0) {
        entry.available -= 1;
        return GRANTED;
      }
      if (entry.exhausted) return refusalOf(entry.exhausted, this.now());
    }
  }

  /** One reservation at a time per entry; callers arriving meanwhile share it. */
  private refill(entry: PoolEntry): Promise<void> {
    entry.refilling ??= this.reserveBatch(entry).finally(() => {
      entry.refilling = undefined;
    });
    return entry.refilling;
  }

  /** Reserves a batch, halving it on refusal so the last calls of a window stay reachable. */
  private async reserveBatch(entry: PoolEntry): Promise<void> {
    const { caller, productId, plan } = entry;
    for (let calls = entry.batchSize; ; calls = Math.max(1, Math.floor(calls / 2))) {
      const result = await this.reservations.reserve(caller.applicationId, productId, plan, calls);
      if (result.granted) {
        entry.available += calls;
        entry.reservedAtMs = this.now();
        entry.exhausted = undefined;
        entry.estimatedShare += calls / entry.smallestLimit;
        const nearWarning = entry.estimatedShare * 100 >= QUOTA_WARNING_THRESHOLDS[0];
        if (nearWarning || this.now() - entry.usageCheckedAtMs >= USAGE_CHECK_INTERVAL_MS) {
          entry.usageCheckedAtMs = this.now();
          this.inBackground(this.checkUsage(entry));
        }
        return;
      }
      if (calls === 1) {
        const window = quotaWindowsOf(plan, new Date(this.now())).find(
          (candidate) => candidate.period === result.exhausted,
        );
        const windowEndsAtMs = window?.expiresAt.getTime() ?? this.now() + DAY_MS;
        const limit = window?.limit ?? 0;
        entry.exhausted = {
          period: result.exhausted,
          limit,
          windowEndsAtMs,
          recheckAtMs: this.now() + EXHAUSTED_RECHECK_MS,
        };
        this.warn(entry, result.exhausted, 100, limit, limit);
        return;
      }
    }
  }

  /** Reads how much of each window is taken, raises warnings, and sizes the next batch. */
  private async checkUsage(entry: PoolEntry): Promise<void> {
    const { caller, productId, plan } = entry;
    const usage = await this.reservations.usage(caller.applicationId, productId, plan);
    let left = Number.POSITIVE_INFINITY;
    entry.estimatedShare = 0;
    for (const { period, used, limit } of usage) {
      left = Math.min(left, limit - used);
      entry.estimatedShare = Math.max(entry.estimatedShare, used / limit);
      for (const threshold of QUOTA_WARNING_THRESHOLDS) {
        if (used * 100 >= limit * threshold) this.warn(entry, period, threshold, used, limit);
      }
    }
    entry.batchSize = batchSizeFor(left);
  }

  private warn(
    entry: PoolEntry,
    period: QuotaPeriod,
    thresholdPercent: QuotaWarningThreshold,
    used: number,
    limit: number,
  ): void {
    const window = quotaWindowsOf(entry.plan, new Date(this.now())).find(
      (candidate) => candidate.period === period,
    );
    const key = `${entry.caller.applicationId}|${entry.productId}|${window?.window}|${thresholdPercent}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const report = (error: unknown) => this.onFault('quota warning listener', error);
    try {
      const listened = this.onWarning({
        organisationId: entry.caller.organisationId,
        applicationId: entry.caller.applicationId,
        productId: entry.productId,
        planId: entry.plan.id,
        period,
        thresholdPercent,
        used,
        limit,
        at: new Date(this.now()),
      });
      if (listened instanceof Promise) listened.catch(report);
    } catch (error) {
      report(error);
    }
  }

  private startNewDay(entry: PoolEntry, day: number): void {
    this.inBackground(this.giveBack(entry));
    entry.dayNumber = day;
    entry.exhausted = undefined;
  }

  private async giveBack(entry: PoolEntry): Promise<void> {
    const unspent = entry.available;
    if (unspent === 0) return;
    entry.available = 0;
    const { caller, productId, plan } = entry;
    await this.reservations.release(
      caller.applicationId,
      productId,
      plan,
      unspent,
      new Date(entry.reservedAtMs),
    );
  }

  private inBackground(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.onFault('quota reservation', error));
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }

  private entryOf(caller: QuotaCaller, claim: PlanClaim): PoolEntry {
    const key = `${caller.applicationId}|${claim.productId}|${claim.planId}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const plan = planOfClaim(claim);
      const limits = [plan.quotaPerDay, plan.quotaPerMonth].filter((n) => n !== undefined);
      entry = {
        caller,
        plan,
        productId: claim.productId,
        available: 0,
        reservedAtMs: this.now(),
        dayNumber: Math.floor(this.now() / DAY_MS),
        smallestLimit: Math.min(...limits),
        batchSize: batchSizeFor(Math.min(...limits)),
        usageCheckedAtMs: Number.NEGATIVE_INFINITY,
        estimatedShare: 0,
      };
      this.entries.set(key, entry);
    }
    return entry;
  }
}

function refusalOf(exhausted: Exhaustion, now: number): QuotaDecision {
  return {
    granted: false,
    period: exhausted.period,
    limit: exhausted.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((exhausted.windowEndsAtMs - now) / 1000)),
  };
}

function batchSizeFor(callsLeft: number): number {
  return Math.min(MAX_BATCH, Math.max(1, Math.floor(callsLeft / 10)));
}

/** The domain's plan as far as quotas go (the claim carries what the windows need). */
function planOfClaim(claim: PlanClaim): Plan {
  return {
    id: claim.planId,
    name: claim.planId,
    contour: claim.contour,
    confidential: false,
    ratePerSecond: claim.ratePerSecond,
    ...(claim.quotaPerDay !== undefined && { quotaPerDay: claim.quotaPerDay }),
    ...(claim.quotaPerMonth !== undefined && { quotaPerMonth: claim.quotaPerMonth }),
  };
}
