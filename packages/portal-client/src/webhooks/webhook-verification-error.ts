import { PortalError } from '../errors/portal-error.js';

/**
 * Why a delivery was refused: a signing header is missing; its timestamp is not unix seconds, or
 * further from this machine's clock than the tolerance (`timestamp_too_old` is also what a replay
 * looks like); no signature matches the body under the secret(s); or a verified body is not an
 * event.
 */
export type WebhookVerificationFailure =
  | 'missing_header'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_payload';

/**
 * A delivery that must not be trusted: answer it with a 4xx and do not act on it. Its message
 * names what failed, never the secret nor a signature.
 */
export class WebhookVerificationError extends PortalError {
  override readonly name: string = 'WebhookVerificationError';

  constructor(
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super(message);
  }
}
