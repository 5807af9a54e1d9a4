import type {
  AttemptSubject,
  AttemptWindow,
  CredentialAttemptRepository,
} from '@devportal/portal-domain';

/** How many failed attempts are checked per window before callers must wait. */
export interface FailedAttemptLimits {
  /** Wrong secrets answered per Client ID per window, whoever sends them (default 5). */
  readonly maxFailures?: number;
  /** Failed or in-flight attempts per source address per window (default 20). */
  readonly maxSourceFailures?: number;
  /** The window, in milliseconds (default one minute). */
  readonly windowMs?: number;
}

/** An attempt let through by its source address, holding a slot of the address's window. */
export interface HeldAttempt {
  readonly source: AttemptSubject;
  readonly window: AttemptWindow;
}

/** How many refused addresses an environment remembers; past it, the oldest is forgotten. */
const REMEMBERED_REFUSALS = 10_000;

/** Go ahead, or how many seconds to wait (`Retry-After`). */
export type ThrottleVerdict = { readonly held: HeldAttempt } | { readonly waitSeconds: number };

/**
 * Throttles the token endpoint in the table shared by every gateway, so it holds across Lambda
 * environments.
 *
 * A source address (the socket's peer, or API Gateway's `sourceIp`; never a header the client
 * sets) holds one of `maxSourceFailures` slots of its window before its credentials are looked
 * up: a failure keeps the slot, a success gives it back. Junk from one address is refused after a
 * few dozen attempts at the cost of one write, whatever Client IDs it makes up, and honest
 * partners elsewhere are not slowed by it.
 *
 * A Client ID's failures are counted after the check, each with one conditional increment: past
 * `maxFailures` a wrong secret is answered `slow_down` instead of `invalid_client`, however many
 * race on however many gateways. The right secret is never refused for its Client ID: a stranger
 * who knows it (Observers and shipped apps reveal it) cannot lock its application out, and with
 * a keyed hash the check costs microseconds, so checking before throttling gives nothing away
 * (256-bit secrets are not guessed).
 *
 * Once the table has refused an address for the rest of a window, this environment remembers it
 * until the window ends and refuses the address's further attempts without a table call, so a
 * flood from one address costs next to nothing. The memory is bounded and only an optimisation:
 * an environment that lost it (or never saw the address) asks the table, which decides.
 */
export class FailedAttemptThrottle {
  private readonly maxFailures: number;
  private readonly maxSourceFailures: number;
  private readonly windowMs: number;
  /** Addresses the table refused for their whole window: when that window ends, epoch ms. */
  private readonly refusedUntil = new Map<string, number>();

  constructor(
    private readonly attempts: CredentialAttemptRepository,
    private readonly now: () => number,
    limits: FailedAttemptLimits = {},
  ) {
    this.maxFailures = limits.maxFailures ?? 5;
    this.maxSourceFailures = limits.maxSourceFailures ?? 20;
    this.windowMs = limits.windowMs ?? 60_000;
  }

  /** Holds a slot of `sourceAddress`'s window, or says how long it must wait. */
  async admit(sourceAddress: string): Promise<ThrottleVerdict> {
    const { window, secondsLeft } = this.currentWindow();
    if ((this.refusedUntil.get(sourceAddress) ?? 0) > this.now())
      return { waitSeconds: secondsLeft };
    const source: AttemptSubject = { kind: 'source', id: sourceAddress };
    const hold = await this.attempts.hold(source, window, this.maxSourceFailures);
    if (hold.held) return { held: { source, window } };
    // Slots taken by attempts still in flight free up in a moment; failures only with the window.
    if (hold.failures < this.maxSourceFailures) return { waitSeconds: 1 };
    this.rememberRefusal(sourceAddress, window.endsAt.getTime());
    return { waitSeconds: secondsLeft };
  }

  /** The attempt's credentials were right: its source's slot is given back. */
  succeeded(attempt: HeldAttempt): Promise<void> {
    return this.attempts.succeeded(attempt.source, attempt.window);
  }

  /**
   * The attempt's credentials were wrong: its source keeps the slot as a failure, and the
   * failure counts against `clientId`. `undefined` when it was counted (answer `invalid_client`),
   * else how long `clientId` must wait (answer `slow_down`).
   */
  async failed(attempt: HeldAttempt, clientId: string): Promise<number | undefined> {
    const { window, secondsLeft } = this.currentWindow();
    const [counted] = await Promise.all([
      this.attempts.countFailure({ kind: 'client', id: clientId }, window, this.maxFailures),
      this.attempts.failed(attempt.source, attempt.window),
    ]);
    return counted ? undefined : secondsLeft;
  }

  private rememberRefusal(sourceAddress: string, untilMs: number): void {
    this.refusedUntil.delete(sourceAddress);
    if (this.refusedUntil.size >= REMEMBERED_REFUSALS) {
      const oldest = this.refusedUntil.keys().next().value;
      if (oldest !== undefined) this.refusedUntil.delete(oldest);
    }
    this.refusedUntil.set(sourceAddress, untilMs);
  }

  private currentWindow(): { readonly window: AttemptWindow; readonly secondsLeft: number } {
    const now = this.now();
    const start = now - (now % this.windowMs);
    return {
      window: { key: new Date(start).toISOString(), endsAt: new Date(start + this.windowMs) },
      secondsLeft: Math.max(1, Math.ceil((start + this.windowMs - now) / 1000)),
    };
  }
}
