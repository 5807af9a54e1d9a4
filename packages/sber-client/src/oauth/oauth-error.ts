import { SberError } from '../errors/sber-error.js';

/** SberBusiness ID refused a token request (RFC 6749 §5.2): a bad code, refresh token or client. */
export class SberOAuthError extends SberError {
  override readonly name: string = 'SberOAuthError';
  /** The HTTP status of the token endpoint's answer. */
  readonly status: number;
  /** The OAuth error code, e.g. `invalid_grant`. */
  readonly error: string;
  /** The bank's explanation, when it gave one. */
  readonly description: string | undefined;

  constructor(status: number, error: string, description: string | undefined) {
    super(
      `SberBusiness ID refused the token request: ${error}${description ? ` (${description})` : ''}`,
    );
    this.status = status;
    this.error = error;
    this.description = description;
  }
}
