import { createHmac, randomBytes } from 'node:crypto';

/** A server secret Client Secrets are keyed with (a "pepper"), named by an id stored with each hash. */
export interface SecretPepper {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * The peppers in force: `current` keys new hashes; a hash keyed with any of `previous` still
 * verifies and is re-keyed with `current` on its next use, so a rotation locks nobody out.
 */
export interface SecretPepperSet {
  readonly current: SecretPepper;
  readonly previous: readonly SecretPepper[];
}

/** Where the portal API and the gateway find the shared pepper set. */
export interface SecretPeppers {
  /** The set in force in this process now. */
  current(): Promise<SecretPepperSet>;
  /**
   * The set read again from its source, when a stored hash names a pepper this process does not
   * hold (another process read a rotated set first); at most once per refresh interval.
   */
  refreshed(): Promise<SecretPepperSet>;
}

/** Keys shorter than this are refused: a pepper guessed offline would expose every hash. */
export const MIN_PEPPER_BYTES = 32;

/** A fresh random pepper secret's value (the local stack's, tests'). */
export function newPepperSecret(): string {
  return randomBytes(MIN_PEPPER_BYTES).toString('base64url');
}

/**
 * The pepper set in its secret: JSON `{"current":{"id","key"},"previous":[{"id","key"}]}` (ids
 * optional, `previous` optional), or one bare key (what Secrets Manager generates). A key is used
 * as its UTF-8 bytes; an id defaults to a digest of the key, so every process names a key alike
 * without being told. Errors never quote the secret.
 */
export function pepperSetFromSecret(secret: string): SecretPepperSet {
  const text = secret.trim();
  if (!text.startsWith('{')) return { current: pepperOf({ key: text }, 'the key'), previous: [] };
  let parsed: { current?: unknown; previous?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('The Client Secret pepper secret is neither a key nor a JSON pepper set');
  }
  const current = pepperOf(parsed.current, 'current');
  if (parsed.previous !== undefined && !Array.isArray(parsed.previous)) {
    throw new Error('The Client Secret pepper set needs previous to be a list');
  }
  const previous = ((parsed.previous as unknown[] | undefined) ?? []).map((entry, index) =>
    pepperOf(entry, `previous[${index}]`),
  );
  const ids = [current, ...previous].map((pepper) => pepper.id);
  if (new Set(ids).size !== ids.length) {
    throw new Error('The Client Secret pepper set names two keys with one id');
  }
  return { current, previous };
}

function pepperOf(value: unknown, name: string): SecretPepper {
  const entry = value as { id?: unknown; key?: unknown } | undefined;
  const key = typeof entry?.key === 'string' ? Buffer.from(entry.key, 'utf8') : undefined;
  if (
    key === undefined ||
    key.length < MIN_PEPPER_BYTES ||
    (entry?.id !== undefined && (typeof entry.id !== 'string' || entry.id === ''))
  ) {
    throw new Error(
      `The Client Secret pepper set needs ${name} with a key of at least ${MIN_PEPPER_BYTES} bytes and an optional non-empty id`,
    );
  }
  const id =
    (entry?.id as string | undefined) ??
    createHmac('sha256', key).update('client-secret-pepper-id').digest('hex').slice(0, 16);
  return { id, key };
}

/** A set that never changes (the local stack, tests). */
export function fixedPeppers(set: SecretPepperSet): SecretPeppers {
  const held = Promise.resolve(set);
  return { current: () => held, refreshed: () => held };
}

/** How a secret holding the pepper set is read: through its TTL, and again at once. */
export interface PepperSecret {
  read(): Promise<string>;
  reread(): Promise<string>;
}

/** At most one forced read of the pepper secret per 10 s per process, whatever hashes name. */
export const PEPPER_REFRESH_INTERVAL_MS = 10_000;

/**
 * The pepper set in a secret (Secrets Manager on AWS, read through its TTL), parsed once per
 * distinct value; a hash naming an unknown pepper makes it read the secret at once, at most every
 * {@link PEPPER_REFRESH_INTERVAL_MS}.
 */
export class PeppersFromSecret implements SecretPeppers {
  private parsed: { readonly secret: string; readonly set: SecretPepperSet } | undefined;
  private lastRefreshAtMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly secret: PepperSecret,
    private readonly now: () => number,
    private readonly refreshIntervalMs = PEPPER_REFRESH_INTERVAL_MS,
  ) {}

  async current(): Promise<SecretPepperSet> {
    return this.setOf(await this.secret.read());
  }

  async refreshed(): Promise<SecretPepperSet> {
    if (this.now() - this.lastRefreshAtMs < this.refreshIntervalMs) return this.current();
    this.lastRefreshAtMs = this.now();
    return this.setOf(await this.secret.reread());
  }

  private setOf(secret: string): SecretPepperSet {
    if (this.parsed?.secret !== secret) this.parsed = { secret, set: pepperSetFromSecret(secret) };
    return this.parsed.set;
  }
}
