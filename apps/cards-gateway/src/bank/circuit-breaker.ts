/** When a contour's breaker opens and how long it stays open. */
export interface CircuitBreakerSettings {
  /** Consecutive failures (5xx, dropped connections, timeouts) that open the breaker. */
  readonly failureThreshold: number;
  /** How long an open breaker answers at once before it lets one trial call through. */
  readonly coolDownMs: number;
}

/** 5 failures in a row open the breaker for 15 s. */
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerSettings = {
  failureThreshold: 5,
  coolDownMs: 15_000,
};

/** Whether a call may go to the bank now, and if not, when to come back. */
export type BreakerAdmission =
  | { readonly admitted: true }
  | { readonly admitted: false; readonly retryAfterSeconds: number };

const ADMITTED: BreakerAdmission = { admitted: true };

/**
 * A circuit breaker for one contour of the bank. Closed, every call goes through and failures in
 * a row are counted; after `failureThreshold` of them it opens and refuses calls at once for
 * `coolDownMs`, so a bank that is down or hanging costs callers no time and is not pressed
 * further. Then it is half-open: one trial call goes through (others are still refused); its
 * success closes the breaker, its failure opens it for another cool-down. Any success closes it.
 *
 * The caller reports every admitted call's outcome with `succeeded()` or `failed()`.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private state: 'closed' | 'open' | 'half-open' = 'closed';
  private openUntilMs = 0;

  /** `onOpened` is told each time the breaker opens (after a run of failures, or a failed trial). */
  constructor(
    private readonly settings: CircuitBreakerSettings,
    private readonly now: () => number,
    private readonly onOpened: () => void = () => undefined,
  ) {}

  /** Whether a call may go now; an admission in the half-open state is the trial call. */
  admit(): BreakerAdmission {
    if (this.state === 'closed') return ADMITTED;
    const now = this.now();
    if (this.state === 'open' && now >= this.openUntilMs) {
      this.state = 'half-open';
      return ADMITTED;
    }
    // Half-open with its trial under way: the trial ends within the bank's total timeout.
    const waitMs = this.state === 'open' ? this.openUntilMs - now : 0;
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** The bank answered (any status below 500). */
  succeeded(): void {
    this.consecutiveFailures = 0;
    this.state = 'closed';
  }

  /** The bank answered 5xx, dropped the connection or did not answer in time. */
  failed(): void {
    this.consecutiveFailures++;
    const trialFailed = this.state === 'half-open';
    if (
      trialFailed ||
      (this.state === 'closed' && this.consecutiveFailures >= this.settings.failureThreshold)
    ) {
      this.state = 'open';
      this.openUntilMs = this.now() + this.settings.coolDownMs;
      this.onOpened();
    }
  }
}
