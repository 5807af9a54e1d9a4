/** One window of a Client ID's credential attempts: its key and when it ends. */
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
 * Storage port of the token endpoint's failed-attempt throttle, shared by every gateway: an
 * attempt holds one of the window's slots before its secret is checked; a failure keeps it, a
 * success gives it back. Holding is one conditional increment, so attempts racing on any number
 * of gateways never check more secrets than there are slots (no check-then-record race).
 */
export interface CredentialAttemptRepository {
  /** Holds a slot unless `slots` are taken (failures and attempts in flight) in `window`. */
  hold(clientId: string, window: AttemptWindow, slots: number): Promise<AttemptHold>;
  /** The held attempt's secret was wrong: its slot stays taken, counted as a failure. */
  failed(clientId: string, window: AttemptWindow): Promise<void>;
  /** The held attempt's secret was right: its slot is given back. */
  succeeded(clientId: string, window: AttemptWindow): Promise<void>;
}
