import type { AttemptWindow, CredentialAttemptRepository } from '@devportal/portal-domain';

/** How many failed attempts a Client ID gets per window before it must wait. */
export interface FailedAttemptLimits {
  /** Failures allowed per window (default 5). */
  readonly maxFailures?: number;
  /** The window, in milliseconds (default one minute). */
  readonly windowMs?: number;
}

/** An attempt allowed to check its secret, holding a slot of its Client ID's window. */
export interface HeldAttempt {
  readonly clientId: string;
  readonly window: AttemptWindow;
}

/**
 * Throttles guessing of Client Secrets per Client ID, in the table shared by every gateway: an
 * attempt holds one of `maxFailures` slots of the current window before its secret is hashed; a
 * wrong secret keeps its slot, a right one gives it back. Once `maxFailures` attempts of a window
 * have failed, further attempts are refused unchecked until the window ends. Holding is one
 * conditional increment, so attempts racing on any number of gateways never check more than
 * `maxFailures` wrong secrets a window; while the slots are only taken by attempts still being
 * checked, a caller is asked to come back in a second.
 */
export class FailedAttemptThrottle {
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor(
    private readonly attempts: CredentialAttemptRepository,
    private readonly now: () => number,
    limits: FailedAttemptLimits = {},
  ) {
    this.maxFailures = limits.maxFailures ?? 5;
    this.windowMs = limits.windowMs ?? 60_000;
  }

  /** A held attempt, or how many seconds `clientId` must wait before the next one is checked. */
  async hold(
    clientId: string,
  ): Promise<{ readonly held: HeldAttempt } | { readonly waitSeconds: number }> {
    const now = this.now();
    const start = now - (now % this.windowMs);
    const window = { key: new Date(start).toISOString(), endsAt: new Date(start + this.windowMs) };
    const hold = await this.attempts.hold(clientId, window, this.maxFailures);
    if (hold.held) return { held: { clientId, window } };
    if (hold.failures < this.maxFailures) return { waitSeconds: 1 };
    return { waitSeconds: Math.max(1, Math.ceil((start + this.windowMs - now) / 1000)) };
  }

  /** Settles a held attempt: a failure keeps its slot, a success gives it back. */
  settle(attempt: HeldAttempt, succeeded: boolean): Promise<void> {
    const { clientId, window } = attempt;
    return succeeded
      ? this.attempts.succeeded(clientId, window)
      : this.attempts.failed(clientId, window);
  }
}
