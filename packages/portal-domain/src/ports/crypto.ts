/** Randomness and hashing the domain needs, as a port so the core stays free of platform code. */
export interface DomainCrypto {
  /** A new unique identifier (URL-safe, sortable by nothing). */
  newId(): string;
  /** A new bearer token carrying at least 256 random bits, URL-safe. */
  newToken(): string;
  /** A new secret key of 256 random bits (e.g. a webhook's HMAC key). */
  newKey(): Uint8Array;
  /** SHA-256 of `value` as lowercase hex: enough for high-entropy tokens, never for passwords. */
  sha256Hex(value: string): string;
}
