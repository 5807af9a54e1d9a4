import type { GatewayKeySet, GatewaySigningKey } from './gateway-signing-key.js';
import { keySetFromSecret } from './gateway-signing-key.js';

/** Where an instance finds the shared key set. */
export interface GatewaySigningKeys {
  /** The set in force in this instance now. */
  current(): Promise<GatewayKeySet>;
  /**
   * The set read again from its source, when a token names a key this instance does not hold
   * (another instance read a rotated set first); at most once per refresh interval, the set in
   * force otherwise.
   */
  refreshed(): Promise<GatewayKeySet>;
}

/** A set that never changes (the local stack's key file, tests). */
export function fixedSigningKeys(set: GatewayKeySet): GatewaySigningKeys {
  const held = Promise.resolve(set);
  return { current: () => held, refreshed: () => held };
}

/** How a secret holding the key set is read: through its TTL, and again at once. */
export interface KeySetSecret {
  read(): Promise<string>;
  reread(): Promise<string>;
}

/** At most one forced read of the secret per 10 s per instance, whatever tokens arrive. */
export const KEY_SET_REFRESH_INTERVAL_MS = 10_000;

/**
 * The key set in a secret (Secrets Manager on AWS, read through `EnvironmentSecrets` and its TTL).
 * The set is parsed once per distinct secret value. A token naming an unknown key makes it read
 * the secret at once, at most every {@link KEY_SET_REFRESH_INTERVAL_MS}: the instance catches
 * up with a rotation another instance has already seen, while forged key ids cannot make it hammer
 * Secrets Manager.
 */
export class SecretSigningKeys implements GatewaySigningKeys {
  private parsed: { readonly secret: string; readonly set: Promise<GatewayKeySet> } | undefined;
  private lastRefreshAtMs = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<GatewayKeySet> | undefined;

  constructor(
    private readonly secret: KeySetSecret,
    private readonly now: () => number,
    private readonly refreshIntervalMs = KEY_SET_REFRESH_INTERVAL_MS,
  ) {}

  async current(): Promise<GatewayKeySet> {
    return this.setOf(await this.secret.read());
  }

  refreshed(): Promise<GatewayKeySet> {
    if (this.refreshing) return this.refreshing;
    if (this.now() - this.lastRefreshAtMs < this.refreshIntervalMs) return this.current();
    this.lastRefreshAtMs = this.now();
    const refreshing = this.secret
      .reread()
      .then((secret) => this.setOf(secret))
      .finally(() => {
        this.refreshing = undefined;
      });
    this.refreshing = refreshing;
    return refreshing;
  }

  private setOf(secret: string): Promise<GatewayKeySet> {
    if (this.parsed?.secret !== secret) this.parsed = { secret, set: keySetFromSecret(secret) };
    return this.parsed.set;
  }
}

/** The key of `set` named `kid`; for a token without a `kid`, each key of the set. */
export function keysFor(set: GatewayKeySet, kid: string | undefined): GatewaySigningKey[] {
  const keys = set.previous ? [set.current, set.previous] : [set.current];
  return kid === undefined ? keys : keys.filter((key) => key.kid === kid);
}
