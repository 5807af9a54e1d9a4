/** Whose credential attempts are counted: a Client ID's, or a source address's. */
export interface AttemptSubject {
  readonly kind: 'client' | 'source';
  /** The Client ID (known or not), or the address the caller connected from. */
  readonly id: string;
}

/** One window of a subject's credential attempts: its key and when it ends. */
export interface AttemptWindow {
  /** Names the window: the ISO instant it starts. */
  readonly key: string;
  readonly endsAt: Date;
}

/** Whether an attempt got a slot; if not, how many of the window's slots are failures. */
export type AttemptHold =
  | { readonly held: true }
  | { readonly held: false; readonly failures: number };

/**
 * Storage port of the token endpoint's throttle, shared by every gateway, counted per window of
 * a subject. A source address holds one of its window's slots before its credentials are checked
 * (a failure keeps it, a success gives it back); a Client ID's failures are counted after the
 * check, each under its limit. Both are single conditional increments, so attempts racing on any
 * number of gateways never pass more than the limit (no check-then-record race).
 */
export interface CredentialAttemptRepository {
  /** Holds a slot unless `slots` are taken (failures and attempts in flight) in `window`. */
  hold(subject: AttemptSubject, window: AttemptWindow, slots: number): Promise<AttemptHold>;
  /** The held attempt failed: its slot stays taken, counted as a failure. */
  failed(subject: AttemptSubject, window: AttemptWindow): Promise<void>;
  /** The held attempt succeeded: its slot is given back. */
  succeeded(subject: AttemptSubject, window: AttemptWindow): Promise<void>;
  /** Counts one failure unless `limit` are counted in `window` already; whether it was counted. */
  countFailure(subject: AttemptSubject, window: AttemptWindow, limit: number): Promise<boolean>;
}
