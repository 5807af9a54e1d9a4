import { SberError } from '../errors/sber-error.js';

/** Who refused, and when to ask again. */
export interface OAuthRefusalDetails {
  /** the server that refused (`SberBusiness ID` unless said otherwise) */
  readonly issuer?: string;
  /** the `Retry-After` of the answer, for `slow_down` and 429 */
  readonly retryAfterMs?: number | undefined;
}

/**
 * A token endpoint refused a token request (RFC 6749 §5.2): a bad code, refresh token or client
 * (SberBusiness ID), or bad Client ID / Client Secret (the cards gateway).
 */
export class SberOAuthError extends SberError {
  override readonly name: string = 'SberOAuthError';
  /** The HTTP status of the token endpoint's answer. */
  readonly status: number;
  /** The OAuth error code, e.g. `invalid_grant`. */
  readonly error: string;
  /** The server's explanation, when it gave one. */
  readonly description: string | undefined;
  /** The server that refused: `SberBusiness ID` or `the cards gateway`. */
  readonly issuer: string;
  /** How long the server asked to wait before the next request (`slow_down`), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    status: number,
    error: string,
    description: string | undefined,
    details: OAuthRefusalDetails = {},
  ) {
    const issuer = details.issuer ?? 'SberBusiness ID';
    super(`${issuer} refused the token request: ${error}${description ? ` (${description})` : ''}`);
    this.status = status;
    this.error = error;
    this.description = description;
    this.issuer = issuer;
    this.retryAfterMs = details.retryAfterMs;
  }
}
