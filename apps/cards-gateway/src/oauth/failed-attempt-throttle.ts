/** How many failed attempts a Client ID gets per window before it must wait. */
export interface FailedAttemptLimits {
  /** Failures allowed per window (default 5). */
  readonly maxFailures?: number;
  /** The window, in milliseconds (default one minute). */
  readonly windowMs?: number;
}

interface Failures {
  count: number;
  windowEndsAtMs: number;
}

/** Entries kept before expired ones are swept, so unknown Client IDs cannot grow memory for ever. */
const SWEEP_THRESHOLD = 10_000;

/**
 * Throttles guessing of Client Secrets, per Client ID and in memory: after `maxFailures` failed
 * attempts in a window, further attempts are refused unchecked until the window ends. Each
 * instance counts on its own, so N instances allow at most N times the limit.
 */
export class FailedAttemptThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor(
    private readonly now: () => number,
    limits: FailedAttemptLimits = {},
  ) {
    this.maxFailures = limits.maxFailures ?? 5;
    this.windowMs = limits.windowMs ?? 60_000;
  }

  /** Seconds `clientId` must wait before its next attempt is checked; 0 when it may try now. */
  waitSeconds(clientId: string): number {
    const entry = this.current(clientId);
    if (!entry || entry.count < this.maxFailures) return 0;
    return Math.ceil((entry.windowEndsAtMs - this.now()) / 1000);
  }

  /** Counts a failed attempt of `clientId`. */
  recordFailure(clientId: string): void {
    const entry = this.current(clientId);
    if (entry) {
      entry.count += 1;
      return;
    }
    if (this.failures.size >= SWEEP_THRESHOLD) this.sweep();
    this.failures.set(clientId, { count: 1, windowEndsAtMs: this.now() + this.windowMs });
  }

  private current(clientId: string): Failures | undefined {
    const entry = this.failures.get(clientId);
    if (entry && entry.windowEndsAtMs <= this.now()) {
      this.failures.delete(clientId);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [clientId, entry] of this.failures) {
      if (entry.windowEndsAtMs <= now) this.failures.delete(clientId);
    }
  }
}
