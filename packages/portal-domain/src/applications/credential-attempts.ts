/** One window of a Client ID's credential attempts: its key and when it ends. */
export interface AttemptWindow {
  /** Names the window, e.g. the minute it covers (`2026-11-23T16:05`). */
  readonly key: string;
  readonly endsAt: Date;
}

/**
 * Storage port of the token endpoint's failed-attempt throttle, shared by every gateway: each
 * attempt holds a slot of its Client ID's window before its secret is checked, and gives it back
 * if the secret was right, so only failures stay counted. Holding is one conditional increment,
 * so concurrent attempts on any number of gateways never pass the limit between a check and a
 * record.
 */
export interface CredentialAttemptRepository {
  /** Holds a slot unless `maxFailures` are held in `window` already; whether it did. */
  hold(clientId: string, window: AttemptWindow, maxFailures: number): Promise<boolean>;
  /** Gives back a slot held by an attempt that succeeded. */
  release(clientId: string, window: AttemptWindow): Promise<void>;
}
